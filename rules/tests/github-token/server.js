// Release automation: GitHub API access for the video app
'use strict';

// ruleid: github-token
const GITHUB_TOKEN = 'ghp_sOM5LsE1zKLiSpYMZElLTCPPAwVv82BHZO0v';
// ruleid: github-token
const RELEASE_BOT_REFRESH = 'ghr_6LFYhOTduCDuaOHZgO3IwAwufmcTZv6Alsau';
// ruleid: github-token
const CI_PAT = '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';
// ruleid: github-token
const RETRY_LIMIT = 3; // was 'ghs_2IkQFU960mNhJuAPXOEGvgUsWlY8A1myEVIR' before rotation
// ok: github-token
const DEPLOY_GITHUB_TOKEN = process.env.DEPLOY_GITHUB_TOKEN;
// ok: github-token
const PLACEHOLDER_GITHUB_TOKEN = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// ok: github-token
const SAMPLE_GITHUB_TOKEN = 'YOUR_GITHUB_TOKEN';
// ok: github-token
const TEMPLATE_GITHUB_TOKEN = '${GITHUB_TOKEN}';
// ok: github-token
const RELEASE_COMMIT_SHA = '9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7';
// ok: github-token
const TOKEN_PREFIX = 'ghp_';

const settings = {
  // ruleid: github-token
  auth: 'ghp_4ywWylEHwUwlCyxtq7g5HwjWcbSDS5mZGF2H',
  // ruleid: github-token
  installationToken: 'ghs_FIfNhqrWO9BzG9db057ANuHlwF5SEvPMZUIK',
  // ok: github-token
  truncatedToken: 'ghp_lr7PNBC159twsB09lmZYcZt7dC9HVf',
  // ok: github-token
  docsUrl: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  // ok: github-token
  requestId: '3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a',
};

function configure(app) {
  // ruleid: github-token
  notify('token ghu_6SxWw4iUiE6LapkRgRsaITgqLpaKoJceXBH4');
  return settings;
}

module.exports = { configure };
