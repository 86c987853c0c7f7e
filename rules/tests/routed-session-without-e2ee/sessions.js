// Sessions of a project whose policy requires end-to-end encryption.
function createRoutedSession(cb) {
  // ruleid: routed-session-without-e2ee
  opentok.createSession({ mediaMode: 'routed' }, cb);
}

function createEncryptedSession(cb) {
  // ok: routed-session-without-e2ee
  opentok.createSession({ mediaMode: 'routed', e2ee: true }, cb);
}

function createRelayedSession(cb) {
  // ok: routed-session-without-e2ee
  opentok.createSession({ mediaMode: 'relayed' }, cb);
}

async function createVonageSession() {
  // ruleid: routed-session-without-e2ee
  return vonage.video.createSession();
}
