-- Archive storage settings copied from production.
INSERT INTO storage (provider, access_key_id, secret_access_key) VALUES
  -- ruleid: aws-access-key
  ('s3', 'AKIAW5RNQ7TZ2XLMJ4PD', NULL);
-- ruleid: aws-access-key
UPDATE storage SET secret_access_key = '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';
-- ok: aws-access-key
INSERT INTO storage VALUES ('s3', 'AKIAIOSFODNN7EXAMPLE', NULL);
-- A pre-signed link is a note (outside tests).
-- ruleid: aws-access-key
INSERT INTO archives (id, url) VALUES (1, 'https://a.s3.amazonaws.com/x.mp4?AWSAccessKeyId=AKIAJ7PXW2QZRN4TLK5M&Expires=1700000000');
