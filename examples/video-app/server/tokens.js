// Tokens for guests invited by e-mail and for the lobby kiosk.
const { requireMember } = require('./auth');

// The lobby kiosk always joins the same session, configured per deployment.
const LOBBY_SESSION_ID = process.env.LOBBY_SESSION_ID;

// Invitation links stay valid for two weeks, and so do their tokens.
const INVITE_LIFETIME = 14 * 24 * 60 * 60;

module.exports = function registerTokenRoutes(app, opentok) {
  app.post('/invites/:inviteId/token', requireMember, async (req, res) => {
    const invite = await req.db.invites.find(req.params.inviteId);
    const guest = {
      displayName: `${invite.firstName} ${invite.lastName}`,
      phone: invite.phoneNumber,
    };
    const token = opentok.generateToken(invite.sessionId, {
      role: 'publisher',
      expireTime: Math.round(new Date().getTime() / 1000) + INVITE_LIFETIME,
      data: JSON.stringify(guest),
    });
    res.json({ token });
  });

  app.get('/lobby/token', requireMember, (req, res) => {
    res.json({ token: opentok.generateToken(LOBBY_SESSION_ID, { role: 'subscriber' }) });
  });
};
