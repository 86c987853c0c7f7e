# frozen_string_literal: true

# Archive upload credentials (S3) for the video app
# ruleid: aws-access-key
AWS_ACCESS_KEY_ID = 'AKIAVQJXXVBOTHD2WTFL'
# ruleid: aws-access-key
AWS_SECRET_ACCESS_KEY = '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'
# ruleid: aws-access-key
BACKUP_UPLOADER = 'AKIA4VDHLDSUNAVBPPXX'
# ruleid: aws-access-key
RETRY_LIMIT = 3 # was 'AKIAQXRYONJ3DYBVZXG2' before rotation
# ok: aws-access-key
PROD_AWS_SECRET_ACCESS_KEY = ENV.fetch('PROD_AWS_SECRET_ACCESS_KEY')
# ok: aws-access-key
EXAMPLE_AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
# ok: aws-access-key
EXAMPLE_AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
# ok: aws-access-key
STAGING_AWS_SECRET_ACCESS_KEY = 'YOUR_AWS_SECRET_ACCESS_KEY'
# ok: aws-access-key
MASKED_AWS_ACCESS_KEY_ID = 'AKIAXXXXXXXXXXXXXXXX'
# ok: aws-access-key
AWS_SESSION_TOKEN = '${AWS_SESSION_TOKEN}'
# ok: aws-access-key
DEPLOY_COMMIT_SHA = 'e3b7c41f9a06d2851bc7f03e6a9d4b2c8f1e5a70'
# ok: aws-access-key
SECRET_KEY = '3Xr7AA6eUis/uUHWHEv1Ac4NKLE8HKf944p8jG1r'
# ok: aws-access-key
ARCHIVE_BUCKET_ARN = 'arn:aws:s3:::acme-meeting-archives/*'
# ok: aws-access-key
LEGACY_AWS_ACCESS_KEY_ID = 'AKIA1234'
# ok: aws-access-key
UPLOAD_TIMEOUT_SECONDS = 3 # was 'Nc2Je4fHW9jaMg/wRUROUZC4fWZrOZzlTdjyEYOu' before rotation

SETTINGS = {
  # ruleid: aws-access-key
  access_key_id: 'AKIAHBMUAPTT2ZN5X2PD',
  # ruleid: aws-access-key
  secret_access_key: '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',
  # ok: aws-access-key
  upload_checksum: 'Zq4Lr8Tn2Vx6Bc0Mw3Hs7Jd1Kf5Pg9Ya+eUo/iQ',
  # ok: aws-access-key
  aws_region: 'us-east-1',
}.freeze

def configure
  # ruleid: aws-access-key
  notify('https://acme-meeting-archives.s3.amazonaws.com/2024/06/archive.mp4?AWSAccessKeyId=ASIA3YXM35BPAGXIUWP5&Expires=1718000000')
  # ruleid: aws-access-key
  credentials = Aws::Credentials.new(ENV.fetch('AWS_ACCESS_KEY_ID'), 'AErOiA0MJ9QwbcN72aJPdght9JQHfBvSFWWXyZLr')
  storage = {
    type: 's3',
    config: {
      bucket: 'acme-meeting-archives',
      accessKey: ENV.fetch('AWS_ACCESS_KEY_ID'),
      # ruleid: aws-access-key
      secretKey: 'u++XAp+irNIjVnOlqZERkXPzsR68RTIS0p7j3V7v'
    },
    fallback: 'none'
  }
  # ok: aws-access-key
  notify('GuHmrqZmLAKIttPv4v3Q+vj7DOz8atXXvBD57DxN')
  SETTINGS
end
