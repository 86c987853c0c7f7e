require 'net/http'
require 'uri'

module Acme
  class VideoClient
    # ruleid: plain-http-rest-url
    API_URL = 'http://api.opentok.com'.freeze
    # ok: plain-http-rest-url
    API_URL_TLS = 'https://api.opentok.com'.freeze
    # ok: plain-http-rest-url
    DEV_URL = ENV.fetch('TOKEN_SERVER_URL', 'http://localhost:4567')

    def stop_archive(archive_id, jwt)
      # ruleid: plain-http-rest-url
      uri = URI("http://api.opentok.com/v2/project/45828062/archive/#{archive_id}/stop")
      Net::HTTP.post(uri, '', 'X-OPENTOK-AUTH' => jwt)
    end

    def notify(meeting)
      # ruleid: plain-http-rest-url
      Net::HTTP.post_form(URI('http://hooks.acme-corp.io/video'), id: meeting.id)
    end

    def self_url(host)
      # ok: plain-http-rest-url
      "http://#{host}/events"
    end

    # ok: plain-http-rest-url
    TEST_URL = 'http://video.test/token' # staging: http://staging.acme-corp.io
  end
end
