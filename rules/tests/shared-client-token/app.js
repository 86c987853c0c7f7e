// Browser client (OpenTok.js).
const API_KEY = '45828062';
const SESSION_ID = window.APP_CONFIG.sessionId;

// ruleid: shared-client-token
const TOKEN = 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9YmViYjI3MzdmNmE2ZjBmYjIzYzZmNWRhMmNlYzI1NTQwNGU0ZmI0NDpzZXNzaW9uX2lkPTFfTVg0ME5UZ3lPREEyTW41LVRXOXVJRTV2ZGlBeU15QXhNRG93TVRvd01pQlFVMVFnTWpBeU5uNTFPR3A2VUdSbE1FbG5lRXhrTmtkdVkyWkNRV1Z3WmtwLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDAwMDAmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC4wMDE4MjYzMyZleHBpcmVfdGltZT0xNzY0MDg2NDAw';

const demo = {
  // ruleid: shared-client-token
  token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTlRneU9EQTJNbjUtVFc5dUlFNXZkaUF5TXlBeE1Eb3dNVG93TWlCUVUxUWdNakF5Tm41MU9HcDZVR1JsTUVsbmVFeGtOa2R1WTJaQ1FXVndaa3AtVUEiLCJyb2xlIjoicHVibGlzaGVyIiwibm9uY2UiOiIxMzc0ODQ3NzcxODMifQ.nyvyCJTqJ-aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5o',
  // ok: shared-client-token
  idToken: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJhdWQiOiIxMjM0OTg3ODE5MjAwLmFwcHMuZ29vZ2xldXNlcmNvbnRlbnQuY29tIiwic3ViIjoiMTA3NjkxNTAzNTAwMDYxNTA3MTUxIiwiZW1haWwiOiJqc21pdGhAZXhhbXBsZS5jb20iLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMH0.p9G-Xp8naBD99yDQM8pPLlPLitGRndUan7bU1Qm6ZMjPaAPeUNg6Ls-661NCBxpIyy29V0qykVJXIjfE-2WaQA',
};

function joinDemo() {
  const session = OT.initSession(API_KEY, SESSION_ID);
  // ruleid: shared-client-token
  session.connect("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NzE5MzM1NSIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMl9NWDQwTnpFNU16TTFOWDUtTVRjMk5EQXdNREF3TURBd01INHlhSEJEYUZsblEyWnlUREZ6Y0U1NGJubFdiV2xvUVM5LSIsInJvbGUiOiJzdWJzY3JpYmVyIiwibm9uY2UiOiIxOTU1NDU5MDQ1NDQifQ.ASEMdzbz7sWA3PxD_l0Em014p6PruShlyFF-0CER9qY", (err) => err && console.error(err));
  return session;
}

async function join(meetingId) {
  const res = await fetch(`/api/meetings/${meetingId}/token`, { method: 'POST', credentials: 'include' });
  // ok: shared-client-token
  const { token } = await res.json();
  const session = OT.initSession(API_KEY, SESSION_ID);
  // ok: shared-client-token
  session.connect(token, (err) => err && console.error(err));
  return session;
}

// ok: shared-client-token
const restAuth = { 'X-OPENTOK-AUTH': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMDE4MCwianRpIjoiNWExYjJjM2QtNmU3Zi00YThiLTljMGQtZTFmMmEzYjRjNWQ2In0.NALzduW_FJZ3PRlhYya-W-WFAzazbxO8rkgWaIITaAU' };
// ok: shared-client-token
const notAToken = 'T1==n5xplORbirEJgBIHCWHzfeQ23f3JnW51r2VHz7EbQgckgtxTHCvDkHyWF+teUInkAYa6qKV9EZ5vtl0Aq8Mq845mfwIuhy1JzBXJC5mbdytPx6b9TJFKFttHCHUrDxVE';
// ok: shared-client-token
const placeholderToken = 'YOUR_TOKEN'; // was 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9MDg2OTdhOGQ0MWJlZDQ0MGU1MDQ1NGYzMWFmMzE3NjgxM2UwMmVhNjpzZXNzaW9uX2lkPTJfTVg0ME56RTVNek0xTlg1LU1UYzJOREF3TURBd01EQXdNSDR5YUhCRGFGbG5RMlp5VERGemNFNTRibmxXYldsb1FTOS0mY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPW1vZGVyYXRvciZub25jZT0wLjQ3ODg3ODM4JmV4cGlyZV90aW1lPTE3NjQwODY0MDAmY29ubmVjdGlvbl9kYXRhPXJvbGUlM0Rob3N0'
