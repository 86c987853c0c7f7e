class RoomsController < ApplicationController
  # ok: unauthenticated-token-endpoint
  def token
    render json: { token: opentok.generate_token(room.session_id) }
  end
end
