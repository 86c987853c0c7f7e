# Rails: before_action with only:/except:, and skip_before_action.
class RoomsController < ApplicationController
  before_action :authenticate_user!, except: [:guest_token]
  skip_before_action :authenticate_user!, only: [:preview_token]

  # ok: unauthenticated-token-endpoint
  def token
    room = Room.find(params[:id])
    render json: { token: opentok.generate_token(room.session_id) }
  end

  # ruleid: unauthenticated-token-endpoint
  def guest_token
    room = Room.find(params[:id])
    render json: { token: opentok.generate_token(room.session_id) }
  end

  # ruleid: unauthenticated-token-endpoint
  def preview_token
    render json: { token: mint(Room.find(params[:id])) }
  end

  private

  # ok: unauthenticated-token-endpoint
  def mint(room)
    opentok.generate_token(room.session_id, role: :subscriber)
  end
end
