import OpenTok from 'opentok';

const opentok = new OpenTok(process.env.OT_API_KEY, process.env.OT_API_SECRET);

export async function startRecording(req, res) {
  opentok.startArchive(req.params.sessionId, { name: 'meeting' }, (err, archive) =>
    err ? res.status(500).end() : res.json(archive));
}
