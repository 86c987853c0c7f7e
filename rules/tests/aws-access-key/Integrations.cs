using System;

namespace VideoApp.Integrations
{
    // Archive upload credentials (S3) for the video app
    public static class IntegrationSettings
    {
        // ruleid: aws-access-key
        private const string AwsAccessKeyId = "AKIAVQJXXVBOTHD2WTFL";
        // ruleid: aws-access-key
        private const string AwsSecretAccessKey = "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";
        // ruleid: aws-access-key
        private const string BackupUploader = "AKIA4VDHLDSUNAVBPPXX";
        // ruleid: aws-access-key
        private const int RetryLimit = 3; // was "AKIAQXRYONJ3DYBVZXG2" before rotation
        // ok: aws-access-key
        private const string ExampleAwsAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
        // ok: aws-access-key
        private const string ExampleAwsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        // ok: aws-access-key
        private const string StagingAwsSecretAccessKey = "YOUR_AWS_SECRET_ACCESS_KEY";
        // ok: aws-access-key
        private const string MaskedAwsAccessKeyId = "AKIAXXXXXXXXXXXXXXXX";
        // ok: aws-access-key
        private const string AwsSessionToken = "${AWS_SESSION_TOKEN}";
        // ok: aws-access-key
        private const string DeployCommitSha = "e3b7c41f9a06d2851bc7f03e6a9d4b2c8f1e5a70";
        // ok: aws-access-key
        private const string SecretKey = "3Xr7AA6eUis/uUHWHEv1Ac4NKLE8HKf944p8jG1r";
        // ok: aws-access-key
        private const string ArchiveBucketArn = "arn:aws:s3:::acme-meeting-archives/*";
        // ok: aws-access-key
        private const string LegacyAwsAccessKeyId = "AKIA1234";
        // ok: aws-access-key
        private const int UploadTimeoutSeconds = 3; // was "Nc2Je4fHW9jaMg/wRUROUZC4fWZrOZzlTdjyEYOu" before rotation

        public static void Configure()
        {
            var options = new ProviderOptions
            {
                // ruleid: aws-access-key
                AccessKeyId = "AKIAHBMUAPTT2ZN5X2PD",
                // ruleid: aws-access-key
                SecretAccessKey = "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",
                // ok: aws-access-key
                UploadChecksum = "Zq4Lr8Tn2Vx6Bc0Mw3Hs7Jd1Kf5Pg9Ya+eUo/iQ",
                // ok: aws-access-key
                AwsRegion = "us-east-1",
            };
            // ruleid: aws-access-key
            Notify("https://acme-meeting-archives.s3.amazonaws.com/2024/06/archive.mp4?AWSAccessKeyId=ASIA3YXM35BPAGXIUWP5&Expires=1718000000");
            // ruleid: aws-access-key
            var credentials = new BasicAWSCredentials(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"), "AErOiA0MJ9QwbcN72aJPdght9JQHfBvSFWWXyZLr");
            // ok: aws-access-key
            var prodAwsSecretAccessKey = Environment.GetEnvironmentVariable("PROD_AWS_SECRET_ACCESS_KEY");
            // ok: aws-access-key
            Notify("GuHmrqZmLAKIttPv4v3Q+vj7DOz8atXXvBD57DxN");
            Register(options);
        }
    }
}
