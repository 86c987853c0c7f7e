using System;

namespace VideoApp.Integrations
{
    // CI integration: GitLab API and runner access for the video app
    public static class IntegrationSettings
    {
        // ruleid: gitlab-token
        private const string GitlabToken = "glpat-5moHH5F-grANC-aBcnwD";
        // ruleid: gitlab-token
        private const string DeployToken = "gldt-Smo927U2aT1yVPMm5nYt";
        // ruleid: gitlab-token
        private const string RunnerToken = "glrt-ffRcvy0Dxo5pCJFz2B30";
        // ruleid: gitlab-token
        private const string PipelineTrigger = "glptt-65099eec01407ec6a1b044da05ca4ed81004c1de";
        // ruleid: gitlab-token
        private const int RetryLimit = 3; // was "glpat-5uFyeUhwksU8dSaNrFWv" before rotation
        // ok: gitlab-token
        private const string PlaceholderGitlabToken = "glpat-xxxxxxxxxxxxxxxxxxxx";
        // ok: gitlab-token
        private const string TemplateGitlabToken = "${GITLAB_TOKEN}";
        // ok: gitlab-token
        private const string SampleGitlabToken = "glpat-<your_access_token>";
        // ok: gitlab-token
        private const string ShortToken = "glpat-abc123";

        public static void Configure()
        {
            var options = new ProviderOptions
            {
                // ruleid: gitlab-token
                PrivateToken = "glpat-DOOAZvw6d3eK3pxFkhJA",
                // ruleid: gitlab-token
                RunnerAuth = "glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1",
                // ok: gitlab-token
                GitlabUrl = "https://gitlab.example.com/api/v4/projects/42/pipeline",
                // ok: gitlab-token
                LastCommitSha = "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7",
            };
            // ruleid: gitlab-token
            Notify("https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git");
            // ok: gitlab-token
            var ciGitlabToken = Environment.GetEnvironmentVariable("CI_GITLAB_TOKEN");
            Register(options);
        }
    }
}
