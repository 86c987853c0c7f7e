import OT from '@opentok/client';

interface RoomConfig {
  apiKey: string;
  sessionId: string;
}

// ruleid: hardcoded-session-id
export const STANDUP_SESSION_ID: string = '2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-';

export const demoRoom: RoomConfig = {
  apiKey: '45828062',
  // ruleid: hardcoded-session-id
  sessionId: '1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA',
};

export function openRoom(cfg: RoomConfig, token: string): OT.Session {
  const session = OT.initSession(cfg.apiKey, cfg.sessionId);
  session.connect(token, (err?: OT.OTError) => err && console.error(err.message));
  return session;
}

export function openDemo(token: string): OT.Session {
  // ruleid: hardcoded-session-id
  return openRoom({ apiKey: '45828062', sessionId: `2_MX40NjI4NDkxN35-MTc2NDE3MjgwMDQ1Nn5GWVkva3Y1WkpyM0oxVFdEdGt3dEREYit-` }, token);
}

export async function openMeeting(meetingId: string): Promise<OT.Session> {
  const res = await fetch(`/api/meetings/${meetingId}/credentials`);
  // ok: hardcoded-session-id
  const { apiKey, sessionId, token } = (await res.json()) as RoomConfig & { token: string };
  return openRoom({ apiKey, sessionId }, token);
}

// ok: hardcoded-session-id
export const SAMPLE_PREFIX = '1_MX40NTgyODA2Mn5-TW9uIE5vdiAy';
// ok: hardcoded-session-id
export const BROKEN_ID = '2_MX4OoNZYW2mZp0zVZomHFwUbbYrEqmSM9~';
// ok: hardcoded-session-id
export const EMPTY_SESSION_ID = ''; // e.g. '2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-'
