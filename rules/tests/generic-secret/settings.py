"""Django settings for the tutoring site."""
import os

# ruleid: generic-secret
SECRET_KEY = "8dyHA0D29NjTugeYlOLoyWTIRvzo"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tutoring",
        "USER": "tutoring",
        # ruleid: generic-secret
        "PASSWORD": "V+cgmo&!^KXRRfihfXg4",
        "HOST": "db.internal",
    }
}

# ruleid: generic-secret
STRIPE_API_KEY = "m7I7WniaooTY3wggAP68Fdfqs8xW"

# ruleid: generic-secret
client = StorageClient(account="clinicrec", credential="NpYOG4heWiNnehx1Jg4jIrDaIqhw")

# ruleid: generic-secret
JWT_PRIVATE_KEY = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahhCj/3RooibEsF+WMbR6TejsFZdSU"

# ok: generic-secret
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]

# ok: generic-secret
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

# ok: generic-secret
STRIPE_SECRET_KEY = "sk_live_YOUR_SECRET_KEY_1234"

# ok: generic-secret
API_TOKEN = "test-api-key-0a1b2c3d4e5f"

# ok: generic-secret
UPLOAD_SECRET = "placeholder-secret-value-42"

# ok: generic-secret
LEGACY_API_KEY = "1234567890abcdefghijklmnopqrstuv"

# ok: generic-secret
PASSWORD_RESET_TIMEOUT = 259200

# ok: generic-secret
SECRET_KEY_FILE = "/run/secrets/django_secret_key"

# ok: generic-secret
TOKEN_URL = "https://oauth2.googleapis.com/token"

# ok: generic-secret
AUTH_USER_MODEL = "accounts.ClinicUser"

# ok: generic-secret
API_KEY = os.getenv("API_KEY", "")

# ok: generic-secret
password_template = "%(db_password)s"

# ok: generic-secret
client_id = "9b2e4f71-0c3d-4a8e-b5f6-27d1c8e9a043"

# ok: generic-secret
DEFAULT_PASSWORD = "changeme"

# ok: generic-secret
SESSION_COOKIE_NAME = "tutoring_sessionid"

# ok: generic-secret
LOGIN_MESSAGE = "Your password has expired, please choose a new one"

# ok: generic-secret
DEBUG = False  # SECRET_KEY = "Gu64X7QTyP3kOHsZ2cV_xyIFyGE8"
