/* Archive upload credentials (S3) for the video app */
#include <stdlib.h>
#include "upload.h"

// ruleid: aws-access-key
#define AWS_ACCESS_KEY_ID "AKIAVQJXXVBOTHD2WTFL"
// ruleid: aws-access-key
#define AWS_SECRET_ACCESS_KEY "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"
// ruleid: aws-access-key
#define BACKUP_UPLOADER "AKIA4VDHLDSUNAVBPPXX"
// ruleid: aws-access-key
static const int retry_limit = 3; /* was "AKIAQXRYONJ3DYBVZXG2" before rotation */
// ok: aws-access-key
#define EXAMPLE_AWS_ACCESS_KEY_ID "AKIAIOSFODNN7EXAMPLE"
// ok: aws-access-key
#define EXAMPLE_AWS_SECRET_ACCESS_KEY "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
// ok: aws-access-key
#define STAGING_AWS_SECRET_ACCESS_KEY "YOUR_AWS_SECRET_ACCESS_KEY"
// ok: aws-access-key
#define MASKED_AWS_ACCESS_KEY_ID "AKIAXXXXXXXXXXXXXXXX"
// ok: aws-access-key
#define AWS_SESSION_TOKEN "${AWS_SESSION_TOKEN}"
// ok: aws-access-key
#define DEPLOY_COMMIT_SHA "e3b7c41f9a06d2851bc7f03e6a9d4b2c8f1e5a70"
// ok: aws-access-key
#define SECRET_KEY "3Xr7AA6eUis/uUHWHEv1Ac4NKLE8HKf944p8jG1r"
// ok: aws-access-key
#define ARCHIVE_BUCKET_ARN "arn:aws:s3:::acme-meeting-archives/*"
// ok: aws-access-key
#define LEGACY_AWS_ACCESS_KEY_ID "AKIA1234"
// ok: aws-access-key
static const int upload_timeout_seconds = 3; /* was "Nc2Je4fHW9jaMg/wRUROUZC4fWZrOZzlTdjyEYOu" before rotation */

void configure(struct upload_config *cfg)
{
    // ruleid: aws-access-key
    cfg->access_key_id = "AKIAHBMUAPTT2ZN5X2PD";
    // ruleid: aws-access-key
    cfg->secret_access_key = "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";
    // ok: aws-access-key
    const char *prod_aws_secret_access_key = getenv("PROD_AWS_SECRET_ACCESS_KEY");
    // ok: aws-access-key
    cfg->upload_checksum = "Zq4Lr8Tn2Vx6Bc0Mw3Hs7Jd1Kf5Pg9Ya+eUo/iQ";
    // ok: aws-access-key
    cfg->aws_region = "us-east-1";
    // ruleid: aws-access-key
    notify("https://acme-meeting-archives.s3.amazonaws.com/2024/06/archive.mp4?AWSAccessKeyId=ASIA3YXM35BPAGXIUWP5&Expires=1718000000");
    // ruleid: aws-access-key
    cfg->aws_secret_key = "AErOiA0MJ9QwbcN72aJPdght9JQHfBvSFWWXyZLr";
    // ok: aws-access-key
    notify("GuHmrqZmLAKIttPv4v3Q+vj7DOz8atXXvBD57DxN");
}
