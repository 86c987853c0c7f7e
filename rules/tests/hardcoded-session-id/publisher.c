#include <opentok.h>
#include <stdlib.h>

#define API_KEY "45828062"
// ruleid: hardcoded-session-id
#define SESSION_ID "1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q"
// ok: hardcoded-session-id
#define TOKEN ""

// ruleid: hardcoded-session-id
static const char *kBackupSession = "1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA";
// ok: hardcoded-session-id
static const char *kShort = "1_MX40NTgyODA2Mn5-TW9uIE5vdiAy";

int main(int argc, char **argv) {
  struct otc_session_callbacks callbacks = {0};
  // ok: hardcoded-session-id
  const char *session_id = getenv("OPENTOK_SESSION_ID");
  // ruleid: hardcoded-session-id
  otc_session *demo = otc_session_new(API_KEY, "2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-", &callbacks);
  // ok: hardcoded-session-id
  otc_session *session = otc_session_new(API_KEY, session_id, &callbacks); /* was '2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-' */
  otc_session_connect(session, argv[1]);
  otc_session_delete(demo);
  return 0;
}
