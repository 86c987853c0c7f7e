// Fastify: shorthand routes with preHandler options, route objects, hooks.
import Fastify from 'fastify';
const fastify = Fastify();

// ruleid: unauthenticated-token-endpoint
fastify.post('/token', async (request) => {
  return { token: vonage.video.generateClientToken(request.body.sessionId) };
});

// ok: unauthenticated-token-endpoint
fastify.post('/auth/token', { preHandler: [fastify.authenticate] }, async (request) => {
  return { token: vonage.video.generateClientToken(request.body.sessionId) };
});

// ok: unauthenticated-token-endpoint
fastify.route({
  method: 'POST',
  url: '/session',
  preHandler: fastify.authenticate,
  handler: async () => ({ session: await vonage.video.createSession() }),
});

// ruleid: unauthenticated-token-endpoint
fastify.route({
  method: 'POST',
  url: '/open-session',
  handler: async () => ({ session: await vonage.video.createSession() }),
});
