#import <Foundation/Foundation.h>
#import "AppConfig.h"

// Archive upload credentials (S3) for the video app
// ruleid: aws-access-key
static NSString *const kAwsAccessKeyId = @"AKIAVQJXXVBOTHD2WTFL";
// ruleid: aws-access-key
static NSString *const kAwsSecretAccessKey = @"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";
// ruleid: aws-access-key
static NSString *const kBackupUploader = @"AKIA4VDHLDSUNAVBPPXX";
// ruleid: aws-access-key
static const NSInteger kRetryLimit = 3; // was "AKIAQXRYONJ3DYBVZXG2" before rotation
// ok: aws-access-key
static NSString *const kExampleAwsAccessKeyId = @"AKIAIOSFODNN7EXAMPLE";
// ok: aws-access-key
static NSString *const kExampleAwsSecretAccessKey = @"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
// ok: aws-access-key
static NSString *const kStagingAwsSecretAccessKey = @"YOUR_AWS_SECRET_ACCESS_KEY";
// ok: aws-access-key
static NSString *const kMaskedAwsAccessKeyId = @"AKIAXXXXXXXXXXXXXXXX";
// ok: aws-access-key
static NSString *const kAwsSessionToken = @"${AWS_SESSION_TOKEN}";
// ok: aws-access-key
static NSString *const kDeployCommitSha = @"e3b7c41f9a06d2851bc7f03e6a9d4b2c8f1e5a70";
// ok: aws-access-key
static NSString *const kSecretKey = @"3Xr7AA6eUis/uUHWHEv1Ac4NKLE8HKf944p8jG1r";
// ok: aws-access-key
static NSString *const kArchiveBucketArn = @"arn:aws:s3:::acme-meeting-archives/*";
// ok: aws-access-key
static NSString *const kLegacyAwsAccessKeyId = @"AKIA1234";
// ok: aws-access-key
static const NSInteger kUploadTimeoutSeconds = 3; // was "Nc2Je4fHW9jaMg/wRUROUZC4fWZrOZzlTdjyEYOu" before rotation

@implementation AppConfig

- (void)configure {
    // ruleid: aws-access-key
    self.accessKeyId = @"AKIAHBMUAPTT2ZN5X2PD";
    // ruleid: aws-access-key
    self.secretAccessKey = @"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";
    // ok: aws-access-key
    NSString *prodAwsSecretAccessKey = NSProcessInfo.processInfo.environment[@"PROD_AWS_SECRET_ACCESS_KEY"];
    // ok: aws-access-key
    self.uploadChecksum = @"Zq4Lr8Tn2Vx6Bc0Mw3Hs7Jd1Kf5Pg9Ya+eUo/iQ";
    // ok: aws-access-key
    self.awsRegion = @"us-east-1";
    // ruleid: aws-access-key
    [self notify:@"https://acme-meeting-archives.s3.amazonaws.com/2024/06/archive.mp4?AWSAccessKeyId=ASIA3YXM35BPAGXIUWP5&Expires=1718000000"];
    // ruleid: aws-access-key
    AWSStaticCredentialsProvider *provider = [[AWSStaticCredentialsProvider alloc] initWithAccessKey:accessKey secretKey:@"AErOiA0MJ9QwbcN72aJPdght9JQHfBvSFWWXyZLr"];
    // ok: aws-access-key
    [self notify:@"GuHmrqZmLAKIttPv4v3Q+vj7DOz8atXXvBD57DxN"];
}

@end
