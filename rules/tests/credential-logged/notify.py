import hashlib
import hmac
import logging
import os

from .sessions import get_cache_token

log = logging.getLogger("notify")
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"]


def sign(body):
    digest = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    # ok: credential-logged
    log.debug("signature %s", digest)
    # ok: credential-logged
    log.debug("body hash %s", hashlib.sha256(WEBHOOK_SECRET.encode() + body).hexdigest())
    # ok: credential-logged
    print(f"registry generation: {get_cache_token()}")
    # ruleid: credential-logged
    log.debug("signing with %s", str(WEBHOOK_SECRET))
    # ruleid: credential-logged
    log.debug("signing with {}".format(WEBHOOK_SECRET))
    return digest


def load_summarizer():
    tokenizer = load_tokenizer("summarizer-small")
    hf_token = os.environ["HF_TOKEN"]
    # A tokenizer elsewhere in the function does not make this token lexical.
    # ruleid: credential-logged
    log.info("downloading with token %s", hf_token)
    return tokenizer
