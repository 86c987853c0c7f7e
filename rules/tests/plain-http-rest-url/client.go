package video

import (
	"fmt"
	"net/http"
	"os"
)

// ruleid: plain-http-rest-url
const apiURL = "http://api.opentok.com"

// ok: plain-http-rest-url
const apiURLTLS = "https://api.opentok.com"

var (
	// ruleid: plain-http-rest-url
	tokenServer = "http://video-tokens.acme-corp.io"
	// ok: plain-http-rest-url
	devServer = "http://localhost:8080"
)

func archiveURL(project string) string {
	// ruleid: plain-http-rest-url
	return fmt.Sprintf("http://video.api.vonage.com/v2/project/%s/archive", project)
}

func hostURL() string {
	// ok: plain-http-rest-url
	return fmt.Sprintf("http://%s/events", os.Getenv("CALLBACK_HOST"))
}

func notify() (*http.Response, error) {
	// ruleid: plain-http-rest-url
	return http.Get(`http://hooks.acme-corp.io/video`)
}

// ok: plain-http-rest-url
var emulatorURL = "http://10.0.2.2:8080" // prod was http://tokens.acme-corp.io
