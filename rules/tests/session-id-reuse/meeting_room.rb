# One room object per meeting: @session_id is per instance.
require "opentok"

OT = OpenTok::OpenTok.new(ENV["OT_API_KEY"], ENV["OT_API_SECRET"])

class MeetingRoom
  def initialize(session_id)
    @session_id = session_id
  end

  def token_for(user)
    # ok: session-id-reuse
    OT.generate_token(@session_id, data: "id=#{user.id}")
  end
end
