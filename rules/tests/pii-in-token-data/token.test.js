const OpenTok = require('opentok');

describe('token route', () => {
  it('mints a token with the display data', () => {
    const opentok = new OpenTok('12345678', 'test-secret');
    // ok: pii-in-token-data
    const token = opentok.generateToken('1_MX4fake', { data: JSON.stringify({ email: 'a@example.com' }) });
    expect(token).toMatch(/^T1==/);
  });
});
