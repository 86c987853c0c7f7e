require 'websocket-client-simple'

# ruleid: insecure-websocket-url
SIGNAL_URL = 'ws://signal.acme-corp.io/rooms'.freeze
# ok: insecure-websocket-url
SIGNAL_URL_TLS = 'wss://signal.acme-corp.io/rooms'.freeze
# ok: insecure-websocket-url
DEV_URL = ENV.fetch('SIGNAL_URL', 'ws://localhost:9292/rooms')

def connect(room)
  # ruleid: insecure-websocket-url
  WebSocket::Client::Simple.connect("ws://chat.acme-corp.io/rooms/#{room}")
end

def url_for(host)
  # ok: insecure-websocket-url
  "ws://#{host}/rooms"
end
