require 'sinatra'
require 'opentok'

set :opentok, OpenTok::OpenTok.new(ENV.fetch('OPENTOK_API_KEY'), ENV.fetch('OPENTOK_API_SECRET'))
set :session, settings.opentok.create_session(media_mode: :routed)
set :rooms, {}

get '/token' do
  # ruleid: session-id-reuse
  token = settings.opentok.generate_token(settings.session.session_id)
  json token: token
end

get '/rooms/:room/token' do
  settings.rooms[params[:room]] ||= settings.opentok.create_session(media_mode: :routed).session_id
  # ok: session-id-reuse
  token = settings.opentok.generate_token(settings.rooms[params[:room]])
  json token: token
end
