// Command tokensrv hands out OpenTok tokens to the clinic's web client.
package main

import (
	"net/http"
	"os"

	"github.com/calvertyang/opentok-go-sdk/v2/opentok"
	"github.com/vonage/vonage-go-sdk"
)

// ruleid: vonage-api-secret
const apiSecret = "992cbec8ad5dcbb9a03e2d7f15041f706d1041c4"

// ruleid: vonage-api-secret
var ot = opentok.New(45828062, "eb95a8fef257bc678fd0de7a996f58f18577c514")

// ok: vonage-api-secret
var liveOT = opentok.New(45828062, os.Getenv("OPENTOK_API_SECRET"))

// ok: vonage-api-secret
const placeholderSecret = "<your-api-secret>"

// ok: vonage-api-secret
const buildCommit = "880e860c9321467db94d85b9bee8171a802de2a1"

// ok: vonage-api-secret
var imageDigest = "cbc1d7a2bf2f394777caa88b30d0cba186112728"

// ruleid: vonage-api-secret
var vonageAuth = vonage.CreateAuthFromKeySecret("3c8e1f7a", "WPsab5qULXMX4Eb5")

// ok: vonage-api-secret
var vonageAuthFromEnv = vonage.CreateAuthFromKeySecret(os.Getenv("VONAGE_API_KEY"), os.Getenv("VONAGE_API_SECRET"))

type settings struct {
	APIKey    int
	APISecret string
}

// ruleid: vonage-api-secret
var cfg = settings{APIKey: 45828062, APISecret: "35a1b1ae5ee124f073b36ae957e705320df37208"}

func legacyArchives(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest("GET", "https://api.opentok.com/v2/project/45828062/archive", nil)
	// ruleid: vonage-api-secret
	req.Header.Set("X-TB-PARTNER-AUTH", "45828062:6cfa2319c43ea0262b42837f6fc2858e9717c2b6")
	// ok: vonage-api-secret
	req.Header.Set("Accept", "application/json")
	http.DefaultClient.Do(req)
}

// ok: vonage-api-secret
var region = "us" // apiSecret = "032c9341e8352cae0b1434bd6d908e5269387972"
