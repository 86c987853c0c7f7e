"""CI integration: GitLab API and runner access for the video app"""
import os

# ruleid: gitlab-token
GITLAB_TOKEN = "glpat-5moHH5F-grANC-aBcnwD"
# ruleid: gitlab-token
DEPLOY_TOKEN = "gldt-Smo927U2aT1yVPMm5nYt"
# ruleid: gitlab-token
RUNNER_TOKEN = "glrt-ffRcvy0Dxo5pCJFz2B30"
# ruleid: gitlab-token
PIPELINE_TRIGGER = "glptt-65099eec01407ec6a1b044da05ca4ed81004c1de"
# ruleid: gitlab-token
RETRY_LIMIT = 3  # was "glpat-5uFyeUhwksU8dSaNrFWv" before rotation
# ok: gitlab-token
CI_GITLAB_TOKEN = os.environ["CI_GITLAB_TOKEN"]
# ok: gitlab-token
PLACEHOLDER_GITLAB_TOKEN = "glpat-xxxxxxxxxxxxxxxxxxxx"
# ok: gitlab-token
TEMPLATE_GITLAB_TOKEN = "${GITLAB_TOKEN}"
# ok: gitlab-token
SAMPLE_GITLAB_TOKEN = "glpat-<your_access_token>"
# ok: gitlab-token
SHORT_TOKEN = "glpat-abc123"

SETTINGS = {
    # ruleid: gitlab-token
    "private_token": "glpat-DOOAZvw6d3eK3pxFkhJA",
    # ruleid: gitlab-token
    "runner_auth": "glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1",
    # ok: gitlab-token
    "gitlab_url": "https://gitlab.example.com/api/v4/projects/42/pipeline",
    # ok: gitlab-token
    "last_commit_sha": "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7",
}


def configure(app):
    # ruleid: gitlab-token
    notify("https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git")
    return SETTINGS
