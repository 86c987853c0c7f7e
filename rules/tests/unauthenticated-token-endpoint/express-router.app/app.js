// A router mounted behind requireAuth in this file; its routes and
// handlers live in other files.
const express = require('express');
const { requireAuth } = require('./auth');
const tokenRoutes = require('./routes/token');

const app = express();
app.use(express.json());
app.use('/api', requireAuth, tokenRoutes);
app.use('/open', require('./routes/open'));
app.listen(3000);
