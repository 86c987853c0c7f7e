require 'opentok'
require 'active_support/core_ext/numeric/time'

class TokensController < ApplicationController
  before_action :authenticate_user!

  def create
    room = Room.find(params[:room_id])
    # ruleid: token-expiry-too-long
    token = opentok.generate_token(room.session_id, role: :publisher, expire_time: Time.now.to_i + 30.days)
    render json: { token: token }
  end

  def viewer
    room = Room.find(params[:room_id])
    # ok: token-expiry-too-long
    token = opentok.generate_token(room.session_id, role: :subscriber, expire_time: 2.hours.from_now.to_i)
    render json: { token: token }
  end
end
