class GuestsController < ApplicationController
  skip_before_action :authenticate_user!, only: [:token]

  # ruleid: unauthenticated-token-endpoint
  def token
    render json: { token: opentok.generate_token(room.session_id) }
  end

  # ok: unauthenticated-token-endpoint
  def session_token
    render json: { token: opentok.generate_token(room.session_id) }
  end
end
