/* Namespace identifiers of an XML dialect: names, never fetched. */
/* ok: plain-http-rest-url */
#define ACME_VIDEO_NAMESPACE ((const char *) "http://ns.acme-corp.io/video/1.0")
/* ok: plain-http-rest-url */
#define ACME_DTD_ID "http://ns.acme-corp.io/dtd/recording-1.0.dtd"
/* ruleid: plain-http-rest-url */
#define ACME_TOKEN_SERVER_URL "http://tokens.acme-corp.io/v1"
