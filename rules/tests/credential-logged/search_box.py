"""A small expression lexer for the meeting-notes search box."""
import logging
import os

log = logging.getLogger(__name__)
KINDS = {"NUM": r"\d+", "WORD": r"\w+", "OP": r"[-+*/()]"}


class ExprLexer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.token = None

    def next_token(self):
        self.token = self.text[self.pos : self.pos + 1]
        self.pos += 1
        return self.token

    def dump(self):
        tok = self.next_token()
        # ok: credential-logged
        print("lexer: read token " + repr(tok))
        # ok: credential-logged
        log.debug("current token %s at %d", self.token, self.pos)


def search(query):
    lexer = ExprLexer(query)
    token = lexer.next_token()
    # ok: credential-logged
    print("first token:", token)
    # A credential is still one in a lexer's file when it is not a token.
    api_secret = os.environ["SEARCH_API_SECRET"]
    # ruleid: credential-logged
    log.info("search backend secret %s", api_secret)
