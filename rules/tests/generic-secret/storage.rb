# Archive storage settings of the waiting-room app.
require 'aws-sdk-s3'

# ruleid: generic-secret
DB_PASSWORD = 'MMFkg-BfumrhQF3RnqK7z7zQLXe7'

# ruleid: generic-secret
client = Aws::S3::Client.new(region: 'eu-west-1', secret_access_key: 'q1nTFa6R6wkECm9FKU46P_PItQth')

# ok: generic-secret
live_client = Aws::S3::Client.new(region: 'eu-west-1', secret_access_key: ENV['AWS_SECRET_ACCESS_KEY'])

# ok: generic-secret
TOKEN_FILE = File.expand_path('~/.clinic/token')

# ok: generic-secret
password_label = 'Please enter your password'

# ok: generic-secret
api_key = "#{ENV['MAIL_API_KEY']}"
