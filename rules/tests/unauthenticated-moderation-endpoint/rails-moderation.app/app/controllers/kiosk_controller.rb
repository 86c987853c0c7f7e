class KioskController < ApplicationController
  skip_before_action :authenticate_user!, only: [:disconnect]

  # ruleid: unauthenticated-moderation-endpoint
  def disconnect
    opentok.connections.forceDisconnect(params[:session_id], params[:connection_id])
    head :no_content
  end

  # ok: unauthenticated-moderation-endpoint
  def status
    render json: { ok: true }
  end
end
