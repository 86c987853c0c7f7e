require 'sinatra'
require 'opentok'

opentok = OpenTok::OpenTok.new(ENV['OPENTOK_API_KEY'], ENV['OPENTOK_API_SECRET'])

# ruleid: hardcoded-session-id
SESSION_ID = '2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-'.freeze
# ok: hardcoded-session-id
DEFAULT_SESSION = ENV.fetch('OPENTOK_SESSION_ID', '')

get '/token' do
  # ruleid: hardcoded-session-id
  token = opentok.generate_token("1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA", role: :publisher)
  json token: token
end

get '/rooms/:id/token' do
  # ok: hardcoded-session-id
  session_id = params[:session_id]
  json token: opentok.generate_token(session_id)
end

# ruleid: hardcoded-session-id
set :session, '1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q'
# ok: hardcoded-session-id
set :placeholder, 'YOUR_SESSION_ID' # e.g. '2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-'
# ok: hardcoded-session-id
set :truncated, '1_MX40NTgyODA2Mn5-TW9uIE5vdiAy'
