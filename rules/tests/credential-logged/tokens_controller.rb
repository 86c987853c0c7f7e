class TokensController < ApplicationController
  before_action :authenticate_user!

  def create
    meeting = current_user.meetings.find(params[:meeting_id])
    token = OPENTOK.generate_token(meeting.session_id, role: :publisher)
    # ruleid: credential-logged
    Rails.logger.info("token for #{current_user.id}: #{token}")
    # ruleid: credential-logged
    puts("issued #{token}")
    # ok: credential-logged
    Rails.logger.info("token issued for session #{meeting.session_id}")
    # ok: credential-logged
    Rails.logger.debug("token length #{token.length}")
    render json: { token: token, session_id: meeting.session_id }
  end
end
