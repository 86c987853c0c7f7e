module Acme
  module Csrf
    # ok: generic-secret
    SESSION_TOKEN_IDENTIFIER = '!acme_session_csrf_token'
    # ruleid: generic-secret
    SIGNING_SECRET = 'Vb4Nq8Lm2Xz7Kt5Rw9Hc3Pd'
  end
end
