package com.example.video;

/** CI integration: GitLab API and runner access for the video app */
public class Integrations {
    // ruleid: gitlab-token
    private static final String GITLAB_TOKEN = "glpat-5moHH5F-grANC-aBcnwD";
    // ruleid: gitlab-token
    private static final String DEPLOY_TOKEN = "gldt-Smo927U2aT1yVPMm5nYt";
    // ruleid: gitlab-token
    private static final String RUNNER_TOKEN = "glrt-ffRcvy0Dxo5pCJFz2B30";
    // ruleid: gitlab-token
    private static final String PIPELINE_TRIGGER = "glptt-65099eec01407ec6a1b044da05ca4ed81004c1de";
    // ruleid: gitlab-token
    private static final int RETRY_LIMIT = 3; // was "glpat-5uFyeUhwksU8dSaNrFWv" before rotation
    // ok: gitlab-token
    private static final String CI_GITLAB_TOKEN = System.getenv("CI_GITLAB_TOKEN");
    // ok: gitlab-token
    private static final String PLACEHOLDER_GITLAB_TOKEN = "glpat-xxxxxxxxxxxxxxxxxxxx";
    // ok: gitlab-token
    private static final String TEMPLATE_GITLAB_TOKEN = "${GITLAB_TOKEN}";
    // ok: gitlab-token
    private static final String SAMPLE_GITLAB_TOKEN = "glpat-<your_access_token>";
    // ok: gitlab-token
    private static final String SHORT_TOKEN = "glpat-abc123";

    // ruleid: gitlab-token
    private String privateToken = "glpat-DOOAZvw6d3eK3pxFkhJA";
    // ruleid: gitlab-token
    private String runnerAuth = "glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1";
    // ok: gitlab-token
    private String gitlabUrl = "https://gitlab.example.com/api/v4/projects/42/pipeline";
    // ok: gitlab-token
    private String lastCommitSha = "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7";

    public void configure() {
        // ruleid: gitlab-token
        notify("https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git");
    }

    private void notify(String value) {}
}
