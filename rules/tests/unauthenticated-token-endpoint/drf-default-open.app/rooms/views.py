from opentok import Client
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

opentok = Client("key", "secret")


class RoomTokenView(APIView):
    # ruleid: unauthenticated-token-endpoint
    def post(self, request, room_id):
        return Response({"token": opentok.generate_token(room_id)})


class MemberTokenView(APIView):
    permission_classes = [IsAuthenticated]

    # ok: unauthenticated-token-endpoint
    def post(self, request, room_id):
        return Response({"token": opentok.generate_token(room_id)})
