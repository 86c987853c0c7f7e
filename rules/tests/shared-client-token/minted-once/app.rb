require 'sinatra'
require 'opentok'

opentok = OpenTok::OpenTok.new(ENV['OPENTOK_API_KEY'], ENV['OPENTOK_API_SECRET'])
set :session_id, ENV.fetch('LOBBY_SESSION_ID')
set :lobby_token, opentok.generate_token(settings.session_id)

get '/lobby/token' do
  # ruleid: shared-client-token
  json session_id: settings.session_id, token: settings.lobby_token
end

get '/rooms/:room/token' do
  # ok: shared-client-token
  json token: opentok.generate_token(settings.session_id, data: "id=#{current_user.id}")
end
