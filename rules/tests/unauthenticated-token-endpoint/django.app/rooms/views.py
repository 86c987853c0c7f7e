from django.http import JsonResponse
from opentok import Client

opentok = Client('key', 'secret')


# ok: unauthenticated-token-endpoint
def token(request):
    return JsonResponse({'token': opentok.generate_token(request.GET['session'])})


# ruleid: unauthenticated-token-endpoint
def guest_token(request):
    return JsonResponse({'token': opentok.generate_token(request.GET['session'])})
