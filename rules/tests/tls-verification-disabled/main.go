package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"
	"os"
	"os/exec"
)

// ruleid: tls-verification-disabled
var insecureTransport = &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}

func newVonageClient() *http.Client {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{
			MinVersion: tls.VersionTLS12,
			// ruleid: tls-verification-disabled
			InsecureSkipVerify: true,
		},
	}
	return &http.Client{Transport: tr}
}

func strictClient(pool *x509.CertPool) *http.Client {
	cfg := &tls.Config{
		RootCAs: pool,
		// ok: tls-verification-disabled
		InsecureSkipVerify: false,
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func flagConfig(insecure bool) *tls.Config {
	cfg := &tls.Config{}
	// Behind a user option: reported as a note.
	// ruleid: tls-verification-disabled
	cfg.InsecureSkipVerify = insecure
	return cfg
}

func sipConfig() *tls.Config {
	cfg := &tls.Config{ServerName: "sip.example-video.com"}
	// ruleid: tls-verification-disabled
	cfg.InsecureSkipVerify = true
	return cfg
}

func runRecorder() error {
	cmd := exec.Command("node", "recorder.js")
	// ruleid: tls-verification-disabled
	os.Setenv("NODE_TLS_REJECT_UNAUTHORIZED", "0")
	// ok: tls-verification-disabled
	os.Setenv("NODE_TLS_REJECT_UNAUTHORIZED", "1")
	// ok: tls-verification-disabled
	log.Println("InsecureSkipVerify: true is not allowed in production builds")
	return cmd.Run()
}

func main() {
	_ = newVonageClient()
	_ = insecureTransport
	if err := runRecorder(); err != nil {
		log.Fatal(err)
	}
}

func cloneConfig(c *tls.Config) *tls.Config {
	return &tls.Config{
		// ok: tls-verification-disabled
		InsecureSkipVerify: c.InsecureSkipVerify,
	}
}
