# Rails: a moderator filter on some actions only.
class ArchivesController < ApplicationController
  before_action :authenticate_user!
  before_action :require_moderator!, only: [:create]

  # ok: unauthenticated-moderation-endpoint
  def create
    archive = opentok.archives.create(@room.session_id, name: @room.name)
    render json: { id: archive.id }
  end

  # ruleid: unauthenticated-moderation-endpoint
  def destroy
    opentok.archives.stop_by_id(params[:id])
    head :no_content
  end
end
