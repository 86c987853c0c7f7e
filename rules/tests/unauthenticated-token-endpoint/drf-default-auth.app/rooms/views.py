from opentok import Client
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

opentok = Client("key", "secret")


class RoomTokenView(APIView):
    # ok: unauthenticated-token-endpoint
    def post(self, request, room_id):
        return Response({"token": opentok.generate_token(room_id)})


class GuestTokenView(APIView):
    permission_classes = [AllowAny]

    # ruleid: unauthenticated-token-endpoint
    def post(self, request, room_id):
        return Response({"token": opentok.generate_token(room_id)})


class HealthView(APIView):
    permission_classes = [AllowAny]

    # ok: unauthenticated-token-endpoint
    def get(self, request):
        return Response({"status": "ok"})
