class TokensController < ApplicationController
  before_action :authenticate_user!

  def create
    room = Room.find(params[:room_id])
    # ruleid: moderator-role-for-all
    token = opentok.generate_token(room.session_id, role: :moderator)
    render json: { token: token }
  end

  def host
    room = Room.find(params[:room_id])
    role = room.host == current_user ? :moderator : :publisher
    # ok: moderator-role-for-all
    token = opentok.generate_token(room.session_id, role: role)
    render json: { token: token }
  end
end
