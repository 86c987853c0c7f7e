// CI integration: GitLab API and runner access for the video app
'use strict';

// ruleid: gitlab-token
const GITLAB_TOKEN = 'glpat-5moHH5F-grANC-aBcnwD';
// ruleid: gitlab-token
const DEPLOY_TOKEN = 'gldt-Smo927U2aT1yVPMm5nYt';
// ruleid: gitlab-token
const RUNNER_TOKEN = 'glrt-ffRcvy0Dxo5pCJFz2B30';
// ruleid: gitlab-token
const PIPELINE_TRIGGER = 'glptt-65099eec01407ec6a1b044da05ca4ed81004c1de';
// ruleid: gitlab-token
const RETRY_LIMIT = 3; // was 'glpat-5uFyeUhwksU8dSaNrFWv' before rotation
// ok: gitlab-token
const CI_GITLAB_TOKEN = process.env.CI_GITLAB_TOKEN;
// ok: gitlab-token
const PLACEHOLDER_GITLAB_TOKEN = 'glpat-xxxxxxxxxxxxxxxxxxxx';
// ok: gitlab-token
const TEMPLATE_GITLAB_TOKEN = '${GITLAB_TOKEN}';
// ok: gitlab-token
const SAMPLE_GITLAB_TOKEN = 'glpat-<your_access_token>';
// ok: gitlab-token
const SHORT_TOKEN = 'glpat-abc123';

const settings = {
  // ruleid: gitlab-token
  privateToken: 'glpat-DOOAZvw6d3eK3pxFkhJA',
  // ruleid: gitlab-token
  runnerAuth: 'glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1',
  // ok: gitlab-token
  gitlabUrl: 'https://gitlab.example.com/api/v4/projects/42/pipeline',
  // ok: gitlab-token
  lastCommitSha: '9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7',
};

function configure(app) {
  // ruleid: gitlab-token
  notify('https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git');
  return settings;
}

module.exports = { configure };
