#include <opentok.h>
#include <stdlib.h>

#define API_KEY "45828062"
#define SESSION_ID ""
// ruleid: shared-client-token
#define TOKEN "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9MDg2OTdhOGQ0MWJlZDQ0MGU1MDQ1NGYzMWFmMzE3NjgxM2UwMmVhNjpzZXNzaW9uX2lkPTJfTVg0ME56RTVNek0xTlg1LU1UYzJOREF3TURBd01EQXdNSDR5YUhCRGFGbG5RMlp5VERGemNFNTRibmxXYldsb1FTOS0mY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPW1vZGVyYXRvciZub25jZT0wLjQ3ODg3ODM4JmV4cGlyZV90aW1lPTE3NjQwODY0MDAmY29ubmVjdGlvbl9kYXRhPXJvbGUlM0Rob3N0"
// ok: shared-client-token
#define TOKEN_PLACEHOLDER ""

int main(int argc, char **argv) {
  struct otc_session_callbacks callbacks = {0};
  otc_session *session = otc_session_new(API_KEY, SESSION_ID, &callbacks);
  // ruleid: shared-client-token
  otc_session_connect(session, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTlRneU9EQTJNbjUtVFc5dUlFNXZkaUF5TXlBeE1Eb3dNVG93TWlCUVUxUWdNakF5Tm41MU9HcDZVR1JsTUVsbmVFeGtOa2R1WTJaQ1FXVndaa3AtVUEiLCJyb2xlIjoicHVibGlzaGVyIiwibm9uY2UiOiIxMzc0ODQ3NzcxODMifQ.nyvyCJTqJ-aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5o");
  // ok: shared-client-token
  otc_session_connect(session, getenv("OPENTOK_TOKEN"));
  // ok: shared-client-token
  otc_session_connect(session, argv[1]); /* e.g. 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9ODZlNGQzY2VhMjdkMjY5MzRiNDg0ZTczY2Y1NzVkY2FkNmJhMmIwYTpzZXNzaW9uX2lkPTFfTVg0ME5qSTRORGt4TjM0eU1ETXVNQzR4TVRNdU4zNVhaV1FnVDJOMElEQTNJREUyT2pRMU9qRXpJRkJFVkNBeU1ESTJmbEpKUWxoMVJFdzNSSGgwY0Zsc1UxaHdaa3QwU0VZMGRuNVEmY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPXN1YnNjcmliZXImbm9uY2U9MC44NzcwNjU4OSZleHBpcmVfdGltZT0xNzY0MDg2NDAw' */
  return 0;
}
