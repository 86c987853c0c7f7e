# Sinatra: open routes, a helper that halts, and a before filter.
require 'sinatra'
require 'opentok'

opentok = OpenTok::OpenTok.new(ENV['OT_API_KEY'], ENV['OT_API_SECRET'])

# ok: unauthenticated-token-endpoint
get '/health' do
  'ok'
end

# ruleid: unauthenticated-token-endpoint
post '/token' do
  json token: opentok.generate_token(params[:session_id])
end

# ok: unauthenticated-token-endpoint
post '/member/token' do
  halt 401, 'sign in first' unless current_user
  json token: opentok.generate_token(params[:session_id])
end
