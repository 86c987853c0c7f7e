// Token server (Node, opentok).
const express = require('express');
const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const app = express();

// ruleid: shared-client-token
const CACHED_TOKEN = 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9ODZlNGQzY2VhMjdkMjY5MzRiNDg0ZTczY2Y1NzVkY2FkNmJhMmIwYTpzZXNzaW9uX2lkPTFfTVg0ME5qSTRORGt4TjM0eU1ETXVNQzR4TVRNdU4zNVhaV1FnVDJOMElEQTNJREUyT2pRMU9qRXpJRkJFVkNBeU1ESTJmbEpKUWxoMVJFdzNSSGgwY0Zsc1UxaHdaa3QwU0VZMGRuNVEmY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPXN1YnNjcmliZXImbm9uY2U9MC44NzcwNjU4OSZleHBpcmVfdGltZT0xNzY0MDg2NDAw';

app.get('/demo/token', (req, res) => {
  // ruleid: shared-client-token
  res.json({ token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NjI4NDkxNyIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTmpJNE5Ea3hOMzR5TURNdU1DNHhNVE11TjM1WFpXUWdUMk4wSURBM0lERTJPalExT2pFeklGQkVWQ0F5TURJMmZsSkpRbGgxUkV3M1JIaDBjRmxzVTFod1prdDBTRVkwZG41USIsInJvbGUiOiJwdWJsaXNoZXIiLCJub25jZSI6IjI2MTE0OTEzMTY3NyIsImluaXRpYWxfbGF5b3V0X2NsYXNzX2xpc3QiOiIifQ.WHdE1et4PpaWj4m-goVl4H5ffXhOkGCnIcqAfXYz7RI' });
});

app.post('/rooms/:id/token', requireUser, (req, res) => {
  // ok: shared-client-token
  const token = opentok.generateToken(req.room.sessionId, { role: 'publisher' });
  res.json({ token });
});

// ok: shared-client-token
const restJwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMDE4MCwianRpIjoiNWExYjJjM2QtNmU3Zi00YThiLTljMGQtZTFmMmEzYjRjNWQ2In0.NALzduW_FJZ3PRlhYya-W-WFAzazbxO8rkgWaIITaAU';
