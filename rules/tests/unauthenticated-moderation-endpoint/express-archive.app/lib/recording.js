const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);

function start(req, res) {
  opentok.startArchive(req.params.sessionId, { name: 'meeting' }, (err, a) => res.json(a));
}

function stop(req, res) {
  opentok.stopArchive(req.params.archiveId, (err, a) => res.json(a));
}

function isHost(req, res, next) {
  return req.user && req.user.host ? next() : res.sendStatus(403);
}

module.exports = { start, stop, isHost };
