"""Archive download links in test code: pre-signed S3 URLs carry the key ID
of the signer in their query, which is not a credential on its own."""
import unittest

ARCHIVE_URL = (
    "https://tokbox.com.archive2.s3.amazonaws.com/123456/f3e2/archive.mp4"
    # ok: aws-access-key
    "?Expires=1398450215&AWSAccessKeyId=AKIAJ6TQB4CXMRF2KWZN"
    "&Signature=xRt5Kc2Wq8Lm0NvB3yHj7Gd9Pz4Fs6Ae1Uo%3D"
)
SIGV4_URL = (
    "https://meetings.s3.us-east-1.amazonaws.com/a.mp4?X-Amz-Algorithm="
    # ok: aws-access-key
    "AWS4-HMAC-SHA256&X-Amz-Credential=ASIAW3PZQ7LNYX4TKC2M%2F20240101%2F"
    "us-east-1%2Fs3%2Faws4_request&X-Amz-Signature=6f0c2e"
)


class ArchiveTest(unittest.TestCase):
    def test_url(self):
        # ok: aws-access-key
        body = '{"url": "https://b.s3.amazonaws.com/x.mp4?AWSAccessKeyId=AKIAR5VNX2QYHTLM7WJD&Expires=1"}'
        self.assertIn("Expires", body)

    def test_credentials(self):
        # Secrets keep their severity in tests.
        # ruleid: aws-access-key
        key_id = "AKIAN4QW7ZRT2JXPLM5V"
        self.assertTrue(key_id)
