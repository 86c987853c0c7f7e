// Archive upload credentials (S3) for the video app
import { notify } from './notify';

// ruleid: aws-access-key
const AWS_ACCESS_KEY_ID: string = 'AKIAVQJXXVBOTHD2WTFL';
// ruleid: aws-access-key
const AWS_SECRET_ACCESS_KEY: string = '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';
// ruleid: aws-access-key
const BACKUP_UPLOADER: string = 'AKIA4VDHLDSUNAVBPPXX';
// ruleid: aws-access-key
const RETRY_LIMIT = 3; // was 'AKIAQXRYONJ3DYBVZXG2' before rotation
// ok: aws-access-key
const PROD_AWS_SECRET_ACCESS_KEY: string = process.env.PROD_AWS_SECRET_ACCESS_KEY;
// ok: aws-access-key
const EXAMPLE_AWS_ACCESS_KEY_ID: string = 'AKIAIOSFODNN7EXAMPLE';
// ok: aws-access-key
const EXAMPLE_AWS_SECRET_ACCESS_KEY: string = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
// ok: aws-access-key
const STAGING_AWS_SECRET_ACCESS_KEY: string = 'YOUR_AWS_SECRET_ACCESS_KEY';
// ok: aws-access-key
const MASKED_AWS_ACCESS_KEY_ID: string = 'AKIAXXXXXXXXXXXXXXXX';
// ok: aws-access-key
const AWS_SESSION_TOKEN: string = '${AWS_SESSION_TOKEN}';
// ok: aws-access-key
const DEPLOY_COMMIT_SHA: string = 'e3b7c41f9a06d2851bc7f03e6a9d4b2c8f1e5a70';
// ok: aws-access-key
const SECRET_KEY: string = '3Xr7AA6eUis/uUHWHEv1Ac4NKLE8HKf944p8jG1r';
// ok: aws-access-key
const ARCHIVE_BUCKET_ARN: string = 'arn:aws:s3:::acme-meeting-archives/*';
// ok: aws-access-key
const LEGACY_AWS_ACCESS_KEY_ID: string = 'AKIA1234';
// ok: aws-access-key
const UPLOAD_TIMEOUT_SECONDS = 3; // was 'Nc2Je4fHW9jaMg/wRUROUZC4fWZrOZzlTdjyEYOu' before rotation

const settings = {
  // ruleid: aws-access-key
  accessKeyId: 'AKIAHBMUAPTT2ZN5X2PD',
  // ruleid: aws-access-key
  secretAccessKey: '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',
  // ok: aws-access-key
  uploadChecksum: 'Zq4Lr8Tn2Vx6Bc0Mw3Hs7Jd1Kf5Pg9Ya+eUo/iQ',
  // ok: aws-access-key
  awsRegion: 'us-east-1',
};

function configure(app) {
  // ruleid: aws-access-key
  notify('https://acme-meeting-archives.s3.amazonaws.com/2024/06/archive.mp4?AWSAccessKeyId=ASIA3YXM35BPAGXIUWP5&Expires=1718000000');
  const s3 = new S3Client({
    region: 'eu-west-1',
    credentials: {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
      // ruleid: aws-access-key
      secretAccessKey: 'ktfj4Pn7oUPXlDPqBCsK081gK0otWYdIVf6uKuh3',
    },
  });
  // ok: aws-access-key
  notify('GuHmrqZmLAKIttPv4v3Q+vj7DOz8atXXvBD57DxN');
  return settings;
}

export { configure };
