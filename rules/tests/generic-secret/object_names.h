/* Short names of protocol objects: identifiers, not secrets. */
#ifndef ACME_OBJECT_NAMES_H
#define ACME_OBJECT_NAMES_H
/* ok: generic-secret */
#define ACME_SN_id_SessionTokenRequest "id-acme-SessionTokenRequest"
/* ok: generic-secret */
#define ACME_SN_PasswordBasedAuth "acme-PasswordBasedAuth-v2"
/* ruleid: generic-secret */
#define ACME_SIGNING_SECRET "Xq7mL2vR9tZk4Wp8Nc3Hb6Yd"

/* ok: generic-secret */
#define ACME_SN_setAttr_Token_K2Profile "setAttr-Token-K2Profile"
#endif
