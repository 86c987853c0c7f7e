# FastAPI: Depends/Security parameters and router-level dependencies.
from fastapi import APIRouter, Depends, FastAPI, Security
from vonage import Auth, Vonage
from vonage_video import TokenOptions

app = FastAPI()
client = Vonage(Auth(application_id=APP_ID, private_key=KEY_PATH))
secure = APIRouter(dependencies=[Depends(verify_jwt)])


# ruleid: unauthenticated-token-endpoint
@app.post("/token")
async def token(body: TokenRequest, db=Depends(get_db)):
    return {"token": client.video.generate_client_token(TokenOptions(session_id=body.session_id))}


# ok: unauthenticated-token-endpoint
@app.post("/me/token")
async def my_token(body: TokenRequest, user: User = Depends(get_current_user)):
    return {"token": client.video.generate_client_token(TokenOptions(session_id=body.session_id))}


# ok: unauthenticated-token-endpoint
@app.post("/scoped/token")
async def scoped_token(body: TokenRequest, user=Security(oauth2_scheme, scopes=["video"])):
    return {"token": client.video.generate_client_token(TokenOptions(session_id=body.session_id))}


# ok: unauthenticated-token-endpoint
@secure.post("/session")
async def session():
    return client.video.create_session()
