import React from 'react';
import { OTSession, OTPublisher } from 'opentok-react-native';

// ruleid: shared-client-token
const TOKEN = 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9OTIzNzMyODgxNTg0ZDhjNGZhMjgxNWQyODAyODI3MjgzZTBhZDg0MTpzZXNzaW9uX2lkPTFfTVg0ME5UZ3lPREEyTW41LVZHaDFJRVJsWXlBd015QXhPRG96TURvd01DQlFVMVFnTWpBeU5uNVFTMUl3UTNOVWVUUlJkMkk0UkhkclRtaEdaRzVZYzJsLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDAwMDAmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC44MzEyNDAyMyZleHBpcmVfdGltZT0xNzY0MDg2NDAw';

export function DemoRoom({ sessionId }) {
  return (
    <OTSession
      apiKey="45828062"
      sessionId={sessionId}
      // ruleid: shared-client-token
      token="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTlRneU9EQTJNbjUtVFc5dUlFNXZkaUF5TXlBeE1Eb3dNVG93TWlCUVUxUWdNakF5Tm41MU9HcDZVR1JsTUVsbmVFeGtOa2R1WTJaQ1FXVndaa3AtVUEiLCJyb2xlIjoicHVibGlzaGVyIiwibm9uY2UiOiIxMzc0ODQ3NzcxODMifQ.nyvyCJTqJ-aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5o">
      <OTPublisher />
    </OTSession>
  );
}

export function Room({ credentials }) {
  return (
    <OTSession
      apiKey={credentials.apiKey}
      sessionId={credentials.sessionId}
      // ok: shared-client-token
      token={credentials.token}
    />
  );
}

// ok: shared-client-token
const PLACEHOLDER = '<#token#>';
