const request = require('supertest');
const { app } = require('./server');

test('joins with a token in the query', async () => {
  const token = 'T1==test';
  // ok: secret-in-url
  await request(app).get(`/join?token=${token}`).expect(200);
});
