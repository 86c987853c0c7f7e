// Koa with koa-router: middleware as arguments and an in-body check.
const Koa = require('koa');
const Router = require('@koa/router');
const app = new Koa();
const router = new Router();

// ruleid: unauthenticated-token-endpoint
router.post('/token', async (ctx) => {
  ctx.body = { token: opentok.generateToken(ctx.request.body.sessionId) };
});

// ok: unauthenticated-token-endpoint
router.post('/secure/token', ensureLoggedIn, async (ctx) => {
  ctx.body = { token: opentok.generateToken(ctx.request.body.sessionId) };
});

// ok: unauthenticated-token-endpoint
router.post('/checked/token', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'unauthorized');
  ctx.body = { token: opentok.generateToken(ctx.request.body.sessionId) };
});

app.use(router.routes());
