import Foundation

// CI integration: GitLab API and runner access for the video app
// ruleid: gitlab-token
let gitlabToken = "glpat-5moHH5F-grANC-aBcnwD"
// ruleid: gitlab-token
let deployToken = "gldt-Smo927U2aT1yVPMm5nYt"
// ruleid: gitlab-token
let runnerToken = "glrt-ffRcvy0Dxo5pCJFz2B30"
// ruleid: gitlab-token
let pipelineTrigger = "glptt-65099eec01407ec6a1b044da05ca4ed81004c1de"
// ruleid: gitlab-token
let retryLimit = 3 // was "glpat-5uFyeUhwksU8dSaNrFWv" before rotation
// ok: gitlab-token
let ciGitlabToken = ProcessInfo.processInfo.environment["CI_GITLAB_TOKEN"]
// ok: gitlab-token
let placeholderGitlabToken = "glpat-xxxxxxxxxxxxxxxxxxxx"
// ok: gitlab-token
let templateGitlabToken = "${GITLAB_TOKEN}"
// ok: gitlab-token
let sampleGitlabToken = "glpat-<your_access_token>"
// ok: gitlab-token
let shortToken = "glpat-abc123"

func configure() {
    let settings = IntegrationSettings(
        // ruleid: gitlab-token
        privateToken: "glpat-DOOAZvw6d3eK3pxFkhJA",
        // ruleid: gitlab-token
        runnerAuth: "glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1",
        // ok: gitlab-token
        gitlabUrl: "https://gitlab.example.com/api/v4/projects/42/pipeline",
        // ok: gitlab-token
        lastCommitSha: "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7"
    )
    // ruleid: gitlab-token
    notify("https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git")
    register(settings)
}
