# The IAM user whose keys are given to Vonage for archive upload.
resource "aws_iam_user" "vonage_archiver" {
  name = "vonage-archive-upload"
}

data "aws_iam_policy_document" "archive_upload" {
  statement {
    # ruleid: archive-storage-overprivileged
    actions   = ["s3:*"]
    # ok: archive-storage-overprivileged
    resources = ["${aws_s3_bucket.archives.arn}/*"]
  }
}
