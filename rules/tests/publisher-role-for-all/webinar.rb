require 'sinatra'
require 'opentok'

opentok = OpenTok::OpenTok.new(ENV.fetch('OPENTOK_API_KEY'), ENV.fetch('OPENTOK_API_SECRET'))

post '/webinars/:id/token' do
  halt 401 unless current_user
  webinar = Webinar.find(params[:id])
  # ruleid: publisher-role-for-all
  token = opentok.generate_token(webinar.session_id, role: :publisher)
  json token: token
end
