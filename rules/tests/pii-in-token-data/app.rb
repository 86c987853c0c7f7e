require 'sinatra'
require 'opentok'
require 'json'
require_relative 'lib/auth'

opentok = OpenTok::OpenTok.new(ENV.fetch('OPENTOK_API_KEY'), ENV.fetch('OPENTOK_API_SECRET'))

before '/rooms/*' do
  halt 401 unless current_user
end

post '/rooms/:room/token' do
  room = Room.find(params[:room])
  info = { first_name: current_user.first_name, last_name: current_user.last_name }
  token = opentok.generate_token(room.session_id,
                                 role: :publisher,
                                 # ruleid: pii-in-token-data
                                 data: info.to_json)
  json token: token
end

post '/rooms/:room/viewer' do
  room = Room.find(params[:room])
  token = opentok.generate_token(room.session_id,
                                 role: :subscriber,
                                 # ok: pii-in-token-data
                                 data: { user_id: current_user.id }.to_json)
  json token: token
end
