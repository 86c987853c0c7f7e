// Browser client (OpenTok.js) for the support-desk video widget.
const API_KEY = '45828062';

// ruleid: hardcoded-session-id
const SESSION_ID = '1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA';

const config = {
  apiKey: API_KEY,
  // ruleid: hardcoded-session-id
  sessionId: '2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-',
  // ok: hardcoded-session-id
  fallbackSessionId: '',
};

function joinDemoRoom(token) {
  // ruleid: hardcoded-session-id
  const session = OT.initSession(API_KEY, "1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q");
  session.connect(token, (err) => err && console.error(err));
  return session;
}

async function joinMeeting(meetingId) {
  const res = await fetch(`/api/meetings/${meetingId}/join`, { method: 'POST' });
  const data = await res.json();
  // ok: hardcoded-session-id
  const session = OT.initSession(data.apiKey, data.sessionId);
  session.connect(data.token, (err) => err && console.error(err));
  return session;
}

// ok: hardcoded-session-id
const legacyPrefix = '1_MX40NTgyODA2Mn5-TW9uIE5vdiAy';
// ok: hardcoded-session-id
const notAnId = '1_MX4fjgVvVqE1SkHbn88HxjSI6bWHtP3fS2qHx6kwXoIIXGv';
// ok: hardcoded-session-id
const room = 'lobby'; // used to be '1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA'
// ok: hardcoded-session-id
const sessionFromUrl = new URLSearchParams(location.search).get('sessionId');
// ok: hardcoded-session-id
const placeholderId = 'YOUR_SESSION_ID';
