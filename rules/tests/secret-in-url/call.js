import OT from '@opentok/client';

async function fetchCredentials(meetingId) {
  // ok: secret-in-url
  const res = await fetch(`/api/meetings/${meetingId}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ meetingId }),
  });
  return res.json();
}

export async function openCallWindow(meetingId) {
  const { apiKey, sessionId, token } = await fetchCredentials(meetingId);
  // ruleid: secret-in-url
  window.open(`/call.html?apiKey=${apiKey}&sessionId=${sessionId}&token=${token}`);
}

export async function shareLink(meetingId) {
  const { token } = await fetchCredentials(meetingId);
  const url = new URL('/call.html', window.location.origin);
  // ruleid: secret-in-url
  url.searchParams.set('token', token);
  // ok: secret-in-url
  url.searchParams.set('meeting', meetingId);
  return url.toString();
}

export async function reportQuality(meetingId, stats) {
  const { token } = await fetchCredentials(meetingId);
  // ruleid: secret-in-url
  const query = new URLSearchParams({ meetingId, token });
  await fetch(`/api/quality?${query}`);
  // ok: secret-in-url
  await fetch('/api/quality', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(stats) });
}

export function joinFromLink() {
  const params = new URLSearchParams(window.location.search);
  const session = OT.initSession(params.get('apiKey'), params.get('sessionId'));
  return session;
}

// An opaque correlation ID under the name `token`, not a credential.
export function libraryLink(id) {
  // ok: secret-in-url
  return `https://libraries.example.com/?referrer=app&token=${id}`;
}
