require 'faraday'
require 'httparty'
require 'net/http'
require 'openssl'
require 'opentok'

OPENTOK = OpenTok::OpenTok.new(ENV.fetch('OPENTOK_API_KEY'), ENV.fetch('OPENTOK_API_SECRET'))

def create_session_raw(jwt)
  uri = URI('https://api.opentok.com/session/create')
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ruleid: tls-verification-disabled
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
  http.post(uri.path, '', 'X-OPENTOK-AUTH' => jwt)
end

def create_session_strict(jwt)
  uri = URI('https://api.opentok.com/session/create')
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ok: tls-verification-disabled
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  # ok: tls-verification-disabled
  raise 'TLS verification disabled' if http.verify_mode == OpenSSL::SSL::VERIFY_NONE
  http.post(uri.path, '', 'X-OPENTOK-AUTH' => jwt)
end

def list_archives(uri, req)
  # ruleid: tls-verification-disabled
  Net::HTTP.start(uri.host, uri.port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) do |http|
    http.request(req)
  end
end

# ruleid: tls-verification-disabled
VONAGE = Faraday.new(url: 'https://video.api.vonage.com', ssl: { verify: false })

# ok: tls-verification-disabled
VONAGE_STRICT = Faraday.new(url: 'https://video.api.vonage.com', ssl: { verify: true, ca_file: '/etc/ssl/certs/corp-ca.pem' })

class ArchiveApi
  include HTTParty
  base_uri 'https://api.opentok.com'
  # ruleid: tls-verification-disabled
  default_options.update(verify: false)
end

# ruleid: tls-verification-disabled
EXCON = Excon.new('https://video.api.vonage.com', ssl_verify_peer: false)

# ok: tls-verification-disabled
EXCON_STRICT = Excon.new('https://video.api.vonage.com', ssl_verify_peer: true)

def stop_archive(url, jwt)
  # ruleid: tls-verification-disabled
  RestClient::Request.execute(method: :post, url: url, headers: { 'X-OPENTOK-AUTH' => jwt }, verify_ssl: OpenSSL::SSL::VERIFY_NONE)
end

# ruleid: tls-verification-disabled
OpenSSL::SSL::VERIFY_PEER = OpenSSL::SSL::VERIFY_NONE

# ok: tls-verification-disabled
puts 'Set verify_mode = OpenSSL::SSL::VERIFY_NONE only when debugging locally'
