const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.API_KEY, process.env.API_SECRET);

exports.create = function create(req, res) {
  res.json({ token: opentok.generateToken(req.body.sessionId) });
};

exports.session = function session(req, res) {
  opentok.createSession({}, (err, s) => res.json({ sessionId: s.sessionId }));
};

exports.ping = function ping(req, res) {
  res.send('pong');
};
