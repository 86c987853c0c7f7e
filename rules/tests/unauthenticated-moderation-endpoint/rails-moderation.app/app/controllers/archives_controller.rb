class ArchivesController < ApplicationController
  before_action :require_moderator!, only: [:destroy]

  # Signed in, but any participant may record: the role note.
  # ruleid: unauthenticated-moderation-endpoint
  def create
    archive = opentok.archives.create(room.session_id, name: room.name)
    render json: { id: archive.id }
  end

  # ok: unauthenticated-moderation-endpoint
  def destroy
    opentok.archives.stop_by_id(params[:id])
    head :no_content
  end

  # ok: unauthenticated-moderation-endpoint
  def index
    render json: room.archives
  end
end
