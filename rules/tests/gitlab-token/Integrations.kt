package com.example.video

// CI integration: GitLab API and runner access for the video app
// ruleid: gitlab-token
const val GITLAB_TOKEN = "glpat-5moHH5F-grANC-aBcnwD"
// ruleid: gitlab-token
const val DEPLOY_TOKEN = "gldt-Smo927U2aT1yVPMm5nYt"
// ruleid: gitlab-token
const val RUNNER_TOKEN = "glrt-ffRcvy0Dxo5pCJFz2B30"
// ruleid: gitlab-token
const val PIPELINE_TRIGGER = "glptt-65099eec01407ec6a1b044da05ca4ed81004c1de"
// ruleid: gitlab-token
const val RETRY_LIMIT = 3 // was "glpat-5uFyeUhwksU8dSaNrFWv" before rotation
// ok: gitlab-token
val CI_GITLAB_TOKEN: String? = System.getenv("CI_GITLAB_TOKEN")
// ok: gitlab-token
const val PLACEHOLDER_GITLAB_TOKEN = "glpat-xxxxxxxxxxxxxxxxxxxx"
// ok: gitlab-token
const val TEMPLATE_GITLAB_TOKEN = "${GITLAB_TOKEN}"
// ok: gitlab-token
const val SAMPLE_GITLAB_TOKEN = "glpat-<your_access_token>"
// ok: gitlab-token
const val SHORT_TOKEN = "glpat-abc123"

fun configure() {
    val settings = IntegrationSettings(
        // ruleid: gitlab-token
        privateToken = "glpat-DOOAZvw6d3eK3pxFkhJA",
        // ruleid: gitlab-token
        runnerAuth = "glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1",
        // ok: gitlab-token
        gitlabUrl = "https://gitlab.example.com/api/v4/projects/42/pipeline",
        // ok: gitlab-token
        lastCommitSha = "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7",
    )
    // ruleid: gitlab-token
    notify("https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git")
    register(settings)
}
