# Django views (function and class based) and DRF views.
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.views import APIView


# ruleid: unauthenticated-token-endpoint
def room_token(request, room_id):
    room = Room.objects.get(pk=room_id)
    return JsonResponse({"token": opentok.generate_token(room.session_id)})


@login_required
# ok: unauthenticated-token-endpoint
def member_token(request, room_id):
    room = Room.objects.get(pk=room_id)
    return JsonResponse({"token": opentok.generate_token(room.session_id)})


class TokenView(View):
    # ruleid: unauthenticated-token-endpoint
    def post(self, request, room_id):
        return JsonResponse({"token": opentok.generate_token(room_id)})


class MemberTokenView(LoginRequiredMixin, View):
    # ok: unauthenticated-token-endpoint
    def post(self, request, room_id):
        return JsonResponse({"token": opentok.generate_token(room_id)})


class SessionApi(APIView):
    permission_classes = [IsAuthenticated]

    # ok: unauthenticated-token-endpoint
    def post(self, request):
        return Response({"session": opentok.create_session().session_id})


class OpenSessionApi(APIView):
    permission_classes = [AllowAny]

    # ruleid: unauthenticated-token-endpoint
    def post(self, request):
        return Response({"session": opentok.create_session().session_id})


# ok: unauthenticated-token-endpoint
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def drf_token(request):
    return Response({"token": opentok.generate_token(request.data["session_id"])})
