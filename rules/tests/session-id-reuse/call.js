import OT from '@opentok/client';

// One session for every visitor of this page, baked into the bundle.
const SESSION_ID = '2_MX40NTgyODA2Mn5-MTcwMTc3NzYwMDAwMH5kZW1vc2Vzc2lvbn5-';
const apiKey = '45828062';

export function joinLobby(token) {
  // ruleid: session-id-reuse
  const session = OT.initSession(apiKey, SESSION_ID);
  session.connect(token, () => {});
  return session;
}

export function joinSupport(token) {
  // ruleid: session-id-reuse
  const session = OT.initSession(apiKey, process.env.REACT_APP_SUPPORT_SESSION_ID);
  session.connect(token, () => {});
  return session;
}

export async function joinMeeting(meetingId) {
  const res = await fetch(`/api/meetings/${meetingId}/token`, { method: 'POST', credentials: 'include' });
  const { sessionId, token } = await res.json();
  // ok: session-id-reuse
  const session = OT.initSession(apiKey, sessionId);
  session.connect(token, () => {});
  return session;
}

let currentSessionId;

export async function rejoin(meetingId) {
  const creds = await (await fetch(`/api/meetings/${meetingId}/token`, { method: 'POST' })).json();
  currentSessionId = creds.sessionId;
  // ok: session-id-reuse
  const session = OT.initSession(apiKey, currentSessionId);
  session.connect(creds.token, () => {});
  return session;
}

// ok: session-id-reuse
const PLACEHOLDER_SESSION_ID = '';
