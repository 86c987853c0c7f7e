package integrations

import "os"

// Release automation: GitHub API access for the video app
// ruleid: github-token
const githubToken = "ghp_sOM5LsE1zKLiSpYMZElLTCPPAwVv82BHZO0v"
// ruleid: github-token
const releaseBotRefresh = "ghr_6LFYhOTduCDuaOHZgO3IwAwufmcTZv6Alsau"
// ruleid: github-token
const ciPat = "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"
// ruleid: github-token
const retryLimit = 3 // was "ghs_2IkQFU960mNhJuAPXOEGvgUsWlY8A1myEVIR" before rotation
// ok: github-token
const placeholderGithubToken = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
// ok: github-token
const sampleGithubToken = "YOUR_GITHUB_TOKEN"
// ok: github-token
const templateGithubToken = "${GITHUB_TOKEN}"
// ok: github-token
const releaseCommitSha = "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7"
// ok: github-token
const tokenPrefix = "ghp_"

func configure() {
	cfg := ProviderConfig{
		// ruleid: github-token
		Auth: "ghp_4ywWylEHwUwlCyxtq7g5HwjWcbSDS5mZGF2H",
		// ruleid: github-token
		InstallationToken: "ghs_FIfNhqrWO9BzG9db057ANuHlwF5SEvPMZUIK",
		// ok: github-token
		TruncatedToken: "ghp_lr7PNBC159twsB09lmZYcZt7dC9HVf",
		// ok: github-token
		DocsUrl: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
		// ok: github-token
		RequestId: "3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a",
	}
	// ruleid: github-token
	notify("token ghu_6SxWw4iUiE6LapkRgRsaITgqLpaKoJceXBH4")
	// ok: github-token
	deployGithubToken := os.Getenv("DEPLOY_GITHUB_TOKEN")
	register(cfg)
}
