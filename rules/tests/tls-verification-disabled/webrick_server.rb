require 'webrick'
require 'webrick/https'

server = WEBrick::HTTPServer.new(
  Port: 8443,
  SSLEnable: true,
  # Whether the server asks browsers for a client certificate.
  # ok: tls-verification-disabled
  SSLVerifyClient: OpenSSL::SSL::VERIFY_NONE,
  SSLCertName: [%w[CN video-desk.acme-corp.io]]
)

http = Net::HTTP.new('tokens.acme-corp.io', 443)
http.use_ssl = true
# ruleid: tls-verification-disabled
http.verify_mode = OpenSSL::SSL::VERIFY_NONE
