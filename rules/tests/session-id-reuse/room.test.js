const OpenTok = require('opentok');

const opentok = new OpenTok('12345678', 'test-secret');
const SESSION_ID = process.env.TEST_SESSION_ID;

test('mints tokens for the shared test session', () => {
  // ok: session-id-reuse
  expect(opentok.generateToken(SESSION_ID)).toBeTruthy();
});
