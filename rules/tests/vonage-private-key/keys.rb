# Signing key for the Vonage application behind the waiting room.
require 'vonage'

# ruleid: vonage-private-key
PRIVATE_KEY = <<~PEM
  -----BEGIN PRIVATE KEY-----
  MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh
  Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ
  NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd
  -----END PRIVATE KEY-----
PEM

# ruleid: vonage-private-key
LEGACY_KEY = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKxhJlO0ciyA/qGoYQo/90aKImxLBfljG0ek3o7BWXUloAoGCCqGSM49\nAwEHoUQDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKFiTXbHbJmHuq39F1o4j4fIVZd\n5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==\n-----END EC PRIVATE KEY-----\n"

# ok: vonage-private-key
KEY_PATH = File.expand_path('private.key', __dir__)

# ok: vonage-private-key
PLACEHOLDER = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"

# ok: vonage-private-key
client = Vonage::Client.new(application_id: ENV['VONAGE_APPLICATION_ID'], private_key: File.read(ENV['VONAGE_PRIVATE_KEY_PATH']))
