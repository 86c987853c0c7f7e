-- Settings of the staging site.
-- ruleid: generic-secret
SET @smtp_password = 'Q9vL-2xTr7mKw4ZpB8nYc3Hd';

INSERT INTO wp_options (option_id, option_name, option_value) VALUES
  -- ruleid: generic-secret
  (7, 'mail_api_secret', 'hT4wQ9zLm2Xv7KcR8pYn3BfJ'),
  -- ok: generic-secret
  (8, 'blogname', 'Video meetings for clinics'),
  -- ok: generic-secret
  (9, 'secret_storage_key', 'clinic.settings.secret');

-- ok: generic-secret
INSERT INTO translations (locale, text) VALUES ('ja', 'ビデオ会議に参加するにはここをクリックしてください');
-- ok: generic-secret
UPDATE users SET password = '' WHERE id = 1;
