import express from 'express';
import recordings from './routes/recordings.js';
import kiosk from './routes/kiosk.js';
import { requireAuth } from './lib/auth.js';

const app = express();
app.use(express.json());
// Mounted before the authentication middleware: its routes are public.
app.use('/kiosk', kiosk);
app.use(requireAuth);
app.use('/recordings', recordings);
app.listen(3000);
