package integrations

import "os"

// Archive upload credentials (S3) for the video app
// ruleid: aws-access-key
const awsAccessKeyId = "AKIAVQJXXVBOTHD2WTFL"
// ruleid: aws-access-key
const awsSecretAccessKey = "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"
// ruleid: aws-access-key
const backupUploader = "AKIA4VDHLDSUNAVBPPXX"
// ruleid: aws-access-key
const retryLimit = 3 // was "AKIAQXRYONJ3DYBVZXG2" before rotation
// ok: aws-access-key
const exampleAwsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"
// ok: aws-access-key
const exampleAwsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
// ok: aws-access-key
const stagingAwsSecretAccessKey = "YOUR_AWS_SECRET_ACCESS_KEY"
// ok: aws-access-key
const maskedAwsAccessKeyId = "AKIAXXXXXXXXXXXXXXXX"
// ok: aws-access-key
const awsSessionToken = "${AWS_SESSION_TOKEN}"
// ok: aws-access-key
const deployCommitSha = "e3b7c41f9a06d2851bc7f03e6a9d4b2c8f1e5a70"
// ok: aws-access-key
const secretKey = "3Xr7AA6eUis/uUHWHEv1Ac4NKLE8HKf944p8jG1r"
// ok: aws-access-key
const archiveBucketArn = "arn:aws:s3:::acme-meeting-archives/*"
// ok: aws-access-key
const legacyAwsAccessKeyId = "AKIA1234"
// ok: aws-access-key
const uploadTimeoutSeconds = 3 // was "Nc2Je4fHW9jaMg/wRUROUZC4fWZrOZzlTdjyEYOu" before rotation

func configure() {
	cfg := ProviderConfig{
		// ruleid: aws-access-key
		AccessKeyId: "AKIAHBMUAPTT2ZN5X2PD",
		// ruleid: aws-access-key
		SecretAccessKey: "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",
		// ok: aws-access-key
		UploadChecksum: "Zq4Lr8Tn2Vx6Bc0Mw3Hs7Jd1Kf5Pg9Ya+eUo/iQ",
		// ok: aws-access-key
		AwsRegion: "us-east-1",
	}
	// ruleid: aws-access-key
	notify("https://acme-meeting-archives.s3.amazonaws.com/2024/06/archive.mp4?AWSAccessKeyId=ASIA3YXM35BPAGXIUWP5&Expires=1718000000")
	// ruleid: aws-access-key
	provider := credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), "AErOiA0MJ9QwbcN72aJPdght9JQHfBvSFWWXyZLr", "")
	// ok: aws-access-key
	prodAwsSecretAccessKey := os.Getenv("PROD_AWS_SECRET_ACCESS_KEY")
	// ok: aws-access-key
	notify("GuHmrqZmLAKIttPv4v3Q+vj7DOz8atXXvBD57DxN")
	register(cfg)
}
