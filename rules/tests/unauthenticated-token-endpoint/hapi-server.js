// Hapi: auth in the route options; auth: false opts out of the default.
const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });

// ruleid: unauthenticated-token-endpoint
server.route({
  method: 'POST',
  path: '/token',
  options: { auth: false },
  handler: (request) => ({ token: opentok.generateToken(request.payload.sessionId) }),
});

// ok: unauthenticated-token-endpoint
server.route({
  method: 'POST',
  path: '/secure/token',
  options: { auth: 'jwt' },
  handler: (request) => ({ token: opentok.generateToken(request.payload.sessionId) }),
});
