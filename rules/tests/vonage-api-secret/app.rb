# Sinatra token server for the clinic's waiting room.
require 'sinatra'
require 'opentok'
require 'vonage'

# ruleid: vonage-api-secret
OPENTOK_SECRET = 'eb95a8fef257bc678fd0de7a996f58f18577c514'

# ruleid: vonage-api-secret
opentok = OpenTok::OpenTok.new('45828062', '992cbec8ad5dcbb9a03e2d7f15041f706d1041c4')

# ruleid: vonage-api-secret
vonage = Vonage::Client.new(api_key: '9e3b7d1f', api_secret: 'Ti35Kh21ftfVN9PV')

SETTINGS = {
  api_key: '45828062',
  # ruleid: vonage-api-secret
  api_secret: '6cfa2319c43ea0262b42837f6fc2858e9717c2b6'
}

# ok: vonage-api-secret
live_opentok = OpenTok::OpenTok.new(ENV['OPENTOK_API_KEY'], ENV['OPENTOK_API_SECRET'])

# ok: vonage-api-secret
api_secret = ENV.fetch('OPENTOK_API_SECRET', '')

# ok: vonage-api-secret
interpolated_secret = "#{ENV['OPENTOK_API_SECRET']}"

# ok: vonage-api-secret
GIT_SHA = '880e860c9321467db94d85b9bee8171a802de2a1'

# ok: vonage-api-secret
asset_digest = 'cbc1d7a2bf2f394777caa88b30d0cba186112728'

# ok: vonage-api-secret
region = 'us' # api_secret = '032c9341e8352cae0b1434bd6d908e5269387972'

get '/token' do
  # ok: vonage-api-secret
  opentok.generate_token(params[:session_id], role: :publisher)
end
