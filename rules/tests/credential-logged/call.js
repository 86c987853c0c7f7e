import OT from '@opentok/client';

async function joinMeeting(meetingId) {
  const res = await fetch(`/api/meetings/${meetingId}/token`, {
    method: 'POST',
    credentials: 'include',
  });
  const { apiKey, sessionId, token } = await res.json();
  // ruleid: credential-logged
  console.log('credentials', apiKey, sessionId, token);
  // ok: credential-logged
  console.log('joining', sessionId);
  const session = OT.initSession(apiKey, sessionId);
  session.connect(token, (err) => {
    // ok: credential-logged
    if (err) console.error('connect failed', err.name);
  });
  return session;
}

export { joinMeeting };
