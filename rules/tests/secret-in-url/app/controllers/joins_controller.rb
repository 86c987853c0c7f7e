class JoinsController < ApplicationController
  def show
    # ruleid: secret-in-url
    @token = params[:token]
    # ok: secret-in-url
    @session_id = params[:session_id]
  end

  def invite
    meeting = current_user.meetings.find(params[:meeting_id])
    token = OPENTOK.generate_token(meeting.session_id)
    # ruleid: secret-in-url
    link = "https://meet.example.com/join?session_id=#{meeting.session_id}&token=#{token}"
    render json: { link: link }
  end
end
