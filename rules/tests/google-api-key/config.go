package integrations

import "os"

// Captions and maps: Google APIs used by the video app
// ruleid: google-api-key
const googleMapsApiKey = "AIzaSyGVy1PixOqoRGrB5Vpg5C6QsyHZytfqY6K"
// ruleid: google-api-key
const youtubeApiKey = "AIzaSyoPK_HJN45P-ED75cNRqsKz5b70CO8W7RQ"
// ruleid: google-api-key
const retryLimit = 3 // was "AIzaSyoiVeZWJ9QyucS19AvMp2gUAeSsUfFgUl8" before rotation
// ok: google-api-key
const maskedGoogleApiKey = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
// ok: google-api-key
const sampleGoogleApiKey = "YOUR_GOOGLE_API_KEY"
// ok: google-api-key
const xcodeGoogleApiKey = "<#googleApiKey#>"
// ok: google-api-key
const truncatedApiKey = "AIzaSyiRkV71kDRuIr2jhTxs_OHKDpnJh-rgiO"
// ok: google-api-key
const overlongApiKey = "AIzaSyPq-N9RtlnnudSkpmKog0Qwp-vaQcT7xl2Q"

func configure() {
	cfg := ProviderConfig{
		// ruleid: google-api-key
		Key: "AIzaSy1Qjah4dXd3eOa1Zcc-a4CgOFfqRgz7IhY",
		// ruleid: google-api-key
		SpeechToText: "AIzaSyHy2Yp_ptzsJqLOJqu3g9DYpQaxEN_cNlj",
		// ok: google-api-key
		OauthClientId: "614352870219-8h3kq0v5b2c7m1n9p4r6s0t8u2w4y6z1.apps.googleusercontent.com",
		// ok: google-api-key
		SessionId: "3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a",
	}
	// ruleid: google-api-key
	notify("https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=AIzaSyePP2lny2pg17_dUM2jNKogorTAuRVpQ09")
	// ok: google-api-key
	prodGoogleApiKey := os.Getenv("PROD_GOOGLE_API_KEY")
	register(cfg)
}
