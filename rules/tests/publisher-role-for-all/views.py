from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from opentok import Roles

from .video import opentok
from .models import Webinar


@login_required
def join(request, webinar_id):
    webinar = Webinar.objects.get(pk=webinar_id)
    # ruleid: publisher-role-for-all
    return JsonResponse({"token": opentok.generate_token(webinar.session_id, role=Roles.publisher)})


@login_required
def watch(request, webinar_id):
    webinar = Webinar.objects.get(pk=webinar_id)
    role = Roles.publisher if request.user in webinar.presenters.all() else Roles.subscriber
    # ok: publisher-role-for-all
    return JsonResponse({"token": opentok.generate_token(webinar.session_id, role=role)})


@login_required
def create_meeting(request):
    # The creator of a new meeting is its first participant and its host.
    session = opentok.create_session()
    meeting = request.user.meetings.create(session_id=session.session_id)
    # ok: publisher-role-for-all
    token = opentok.generate_token(session.session_id, role=Roles.publisher)
    return JsonResponse({"meeting": meeting.pk, "token": token})
