from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from vonage import Auth, Vonage
from vonage_video.models import TokenOptions

from .models import Meeting

client = Vonage(Auth(application_id=settings.VONAGE_APPLICATION_ID, private_key=settings.VONAGE_PRIVATE_KEY))


@login_required
def join_meeting(request, meeting_id):
    meeting = Meeting.objects.get(pk=meeting_id, members=request.user)
    options = TokenOptions(
        session_id=meeting.session_id,
        role="publisher",
        # ruleid: pii-in-token-data
        connection_data="{}|{}".format(request.user.get_full_name(), request.user.email),
    )
    return JsonResponse({"token": client.video.generate_client_token(options)})


@login_required
def watch_meeting(request, meeting_id):
    meeting = Meeting.objects.get(pk=meeting_id, members=request.user)
    options = TokenOptions(
        session_id=meeting.session_id,
        role="subscriber",
        # ok: pii-in-token-data
        connection_data=str(request.user.pk),
    )
    return JsonResponse({"token": client.video.generate_client_token(options)})
