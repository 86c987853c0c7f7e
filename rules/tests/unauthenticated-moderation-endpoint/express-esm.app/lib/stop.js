import OpenTok from 'opentok';

const opentok = new OpenTok(process.env.OT_API_KEY, process.env.OT_API_SECRET);

export default function stopRecording(req, res) {
  opentok.stopArchive(req.params.archiveId, (err, archive) =>
    err ? res.status(500).end() : res.json(archive));
}
