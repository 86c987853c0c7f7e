const express = require('express');
const archives = require('./routes/archives');
const { ensureLoggedIn } = require('./lib/session');

const app = express();
app.use(ensureLoggedIn);
app.use('/archives', archives);
app.listen(8080);
