# Creates the archive upload user's inline policy with boto3.
import json

import boto3

policy = {
    "Statement": [
        # ruleid: archive-storage-overprivileged
        {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::meeting-archives/*"}
    ]
}
boto3.client("iam").put_user_policy(
    UserName="vonage-archive-upload", PolicyName="archive", PolicyDocument=json.dumps(policy)
)
