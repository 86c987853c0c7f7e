/* A stand-in for the Vonage Video native SDK header: the declarations the
 * fixtures call. It is a system header in the tests (-isystem), so its own
 * literals must never be reported. */
#ifndef FIXTURE_OPENTOK_H
#define FIXTURE_OPENTOK_H

typedef struct otc_session otc_session;
typedef struct otc_session_callbacks {
  void (*on_connected)(otc_session *session, void *user_data);
  void *user_data;
} otc_session_callbacks;

otc_session *otc_session_new(const char *apikey, const char *session_id,
                             const otc_session_callbacks *callbacks);
int otc_session_connect(otc_session *session, const char *token);
void otc_session_delete(otc_session *session);

/* A vendor default that is not the app's doing. */
static const char *const otc_fixture_log_endpoint =
    "http://hlg.tokbox.com/prod/logging/ClientEvent";

#endif
