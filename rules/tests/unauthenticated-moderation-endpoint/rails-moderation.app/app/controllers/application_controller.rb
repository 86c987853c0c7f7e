class ApplicationController < ActionController::Base
  before_action :authenticate_user!

  private

  def opentok
    @opentok ||= OpenTok::OpenTok.new(ENV["OT_API_KEY"], ENV["OT_API_SECRET"])
  end
end
