const OpenTok = require('opentok');

test('mints a token', () => {
  const opentok = new OpenTok('123456', 'test-secret');
  const token = opentok.generateToken('1_fake');
  // ok: credential-logged
  console.log('token under test', token);
  expect(token).toMatch(/^T1==/);
});
