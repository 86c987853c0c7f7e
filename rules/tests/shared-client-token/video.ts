import OT from '@opentok/client';

export interface Credentials {
  apiKey: string;
  sessionId: string;
  token: string;
}

// ruleid: shared-client-token
export const DEMO_TOKEN: string = 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9ODZlNGQzY2VhMjdkMjY5MzRiNDg0ZTczY2Y1NzVkY2FkNmJhMmIwYTpzZXNzaW9uX2lkPTFfTVg0ME5qSTRORGt4TjM0eU1ETXVNQzR4TVRNdU4zNVhaV1FnVDJOMElEQTNJREUyT2pRMU9qRXpJRkJFVkNBeU1ESTJmbEpKUWxoMVJFdzNSSGgwY0Zsc1UxaHdaa3QwU0VZMGRuNVEmY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPXN1YnNjcmliZXImbm9uY2U9MC44NzcwNjU4OSZleHBpcmVfdGltZT0xNzY0MDg2NDAw';

export const demoCredentials: Credentials = {
  apiKey: '45828062',
  sessionId: '',
  // ruleid: shared-client-token
  token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NjI4NDkxNyIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTmpJNE5Ea3hOMzR5TURNdU1DNHhNVE11TjM1WFpXUWdUMk4wSURBM0lERTJPalExT2pFeklGQkVWQ0F5TURJMmZsSkpRbGgxUkV3M1JIaDBjRmxzVTFod1prdDBTRVkwZG41USIsInJvbGUiOiJwdWJsaXNoZXIiLCJub25jZSI6IjI2MTE0OTEzMTY3NyIsImluaXRpYWxfbGF5b3V0X2NsYXNzX2xpc3QiOiIifQ.WHdE1et4PpaWj4m-goVl4H5ffXhOkGCnIcqAfXYz7RI',
};

export async function fetchCredentials(room: string): Promise<Credentials> {
  const res = await fetch(`/api/rooms/${room}/credentials`, { credentials: 'include' });
  // ok: shared-client-token
  return (await res.json()) as Credentials;
}

export function connect(c: Credentials): OT.Session {
  const session = OT.initSession(c.apiKey, c.sessionId);
  // ok: shared-client-token
  session.connect(c.token, (err?: OT.OTError) => err && console.error(err.message));
  return session;
}

// ok: shared-client-token
export const VONAGE_APP_JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhcHBsaWNhdGlvbl9pZCI6ImI3ZTNjMmEwLTkxZjQtNGM2ZC04ZTJiLTNmNWE5ZDFjN2U0NiIsImlhdCI6MTc2NDAwMDAwMCwiZXhwIjoxNzY0MDAwOTAwLCJqdGkiOiIwZDljOGI3YS02ZjVlLTRkM2MtMmIxYS0wZjllOGQ3YzZiNWEifQ.FvehG8YsUnHPZPJdbxXMUMS3P0x-YhUTpTzH6ZzXnX_Zx7zk4FsLAfrueOTqW_LMNiJBt9y7LuIUFEIqoCgbwQ';
// ok: shared-client-token
export const EMPTY_TOKEN = '';
// ok: shared-client-token
export const TRUNCATED_T1 = 'T1==cGFydG5lcj00NTgyODA2MjtzaWduYXR1cmU9uDXA5xkJffqHAekjLyHygSaHeGl26/zDJ/WTF2UnS6mCm0QG9h/4iQ==';
