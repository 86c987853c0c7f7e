// React Native client (opentok-react-native).
import React from 'react';
import { View } from 'react-native';
import { OTSession, OTPublisher, OTSubscriber } from 'opentok-react-native';

// ruleid: hardcoded-session-id
const SESSION_ID = '2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-';

export function DemoRoom({ token }) {
  return (
    <View style={{ flex: 1 }}>
      <OTSession
        apiKey="45828062"
        // ruleid: hardcoded-session-id
        sessionId="1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q"
        token={token}>
        <OTPublisher style={{ width: 100, height: 100 }} />
        <OTSubscriber style={{ width: 100, height: 100 }} />
      </OTSession>
    </View>
  );
}

export function MeetingRoom({ credentials }) {
  return (
    <OTSession
      apiKey={credentials.apiKey}
      // ok: hardcoded-session-id
      sessionId={credentials.sessionId}
      token={credentials.token}
    />
  );
}

// ok: hardcoded-session-id
const PLACEHOLDER = '<#sessionId#>';
// ok: hardcoded-session-id
const TRUNCATED = '1_MX40NTgyODA2Mn5-TW9uIE5vdiAy';
