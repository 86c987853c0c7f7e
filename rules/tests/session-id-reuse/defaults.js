const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

// A JavaScript default is evaluated on every call: one session per call.
function mint(req, sessionId = createMeetingSession(req)) {
  // ok: session-id-reuse
  return opentok.generateToken(sessionId);
}

module.exports = { mint };
