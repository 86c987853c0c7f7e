// Archive upload credentials (S3) for the video app
#include <cstdlib>
#include "uploader.h"

namespace app {

// ruleid: aws-access-key
constexpr const char *kAwsAccessKeyId = "AKIAVQJXXVBOTHD2WTFL";
// ruleid: aws-access-key
constexpr const char *kAwsSecretAccessKey = "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";
// ruleid: aws-access-key
constexpr const char *kBackupUploader = "AKIA4VDHLDSUNAVBPPXX";
// ruleid: aws-access-key
constexpr int kRetryLimit = 3; // was "AKIAQXRYONJ3DYBVZXG2" before rotation
// ok: aws-access-key
constexpr const char *kExampleAwsAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
// ok: aws-access-key
constexpr const char *kExampleAwsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
// ok: aws-access-key
constexpr const char *kStagingAwsSecretAccessKey = "YOUR_AWS_SECRET_ACCESS_KEY";
// ok: aws-access-key
constexpr const char *kMaskedAwsAccessKeyId = "AKIAXXXXXXXXXXXXXXXX";
// ok: aws-access-key
constexpr const char *kAwsSessionToken = "${AWS_SESSION_TOKEN}";
// ok: aws-access-key
constexpr const char *kDeployCommitSha = "e3b7c41f9a06d2851bc7f03e6a9d4b2c8f1e5a70";
// ok: aws-access-key
constexpr const char *kSecretKey = "3Xr7AA6eUis/uUHWHEv1Ac4NKLE8HKf944p8jG1r";
// ok: aws-access-key
constexpr const char *kArchiveBucketArn = "arn:aws:s3:::acme-meeting-archives/*";
// ok: aws-access-key
constexpr const char *kLegacyAwsAccessKeyId = "AKIA1234";
// ok: aws-access-key
constexpr int kUploadTimeoutSeconds = 3; // was "Nc2Je4fHW9jaMg/wRUROUZC4fWZrOZzlTdjyEYOu" before rotation

void configure(UploadConfig &cfg) {
  // ruleid: aws-access-key
  cfg.accessKeyId = "AKIAHBMUAPTT2ZN5X2PD";
  // ruleid: aws-access-key
  cfg.secretAccessKey = "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";
  // ok: aws-access-key
  const char *prodAwsSecretAccessKey = std::getenv("PROD_AWS_SECRET_ACCESS_KEY");
  // ok: aws-access-key
  cfg.uploadChecksum = "Zq4Lr8Tn2Vx6Bc0Mw3Hs7Jd1Kf5Pg9Ya+eUo/iQ";
  // ok: aws-access-key
  cfg.awsRegion = "us-east-1";
  // ruleid: aws-access-key
  notify("https://acme-meeting-archives.s3.amazonaws.com/2024/06/archive.mp4?AWSAccessKeyId=ASIA3YXM35BPAGXIUWP5&Expires=1718000000");
  // ruleid: aws-access-key
  auto credentials = Aws::Auth::AWSCredentials(std::getenv("AWS_ACCESS_KEY_ID"), "AErOiA0MJ9QwbcN72aJPdght9JQHfBvSFWWXyZLr");
  // ok: aws-access-key
  notify("GuHmrqZmLAKIttPv4v3Q+vj7DOz8atXXvBD57DxN");
}

} // namespace app
