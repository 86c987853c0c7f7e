package main

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/calvertyang/opentok"
)

// ruleid: hardcoded-session-id
const lobbySessionID = "2_MX40NjI4NDkxN35-MTc2NDE3MjgwMDQ1Nn5GWVkva3Y1WkpyM0oxVFdEdGt3dEREYit-"

// ok: hardcoded-session-id
const placeholderSessionID = ""

var ot = opentok.New(os.Getenv("OPENTOK_API_KEY"), os.Getenv("OPENTOK_API_SECRET"))

func tokenHandler(w http.ResponseWriter, r *http.Request) {
	// ok: hardcoded-session-id
	sessionID := r.URL.Query().Get("session_id")
	if sessionID == "" {
		// ruleid: hardcoded-session-id
		sessionID = "1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA"
	}
	token, _ := ot.GenerateToken(sessionID, &opentok.TokenOptions{Role: opentok.Publisher})
	json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func demoHandler(w http.ResponseWriter, r *http.Request) {
	// ruleid: hardcoded-session-id
	token, _ := ot.GenerateToken(`2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-`, &opentok.TokenOptions{})
	// ok: hardcoded-session-id
	fallback := os.Getenv("OPENTOK_SESSION_ID") // was '2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-'
	// ok: hardcoded-session-id
	broken := "2_MX4OoNZYW2mZp0zVZomHFwUbbYrEqmSM9~"
	json.NewEncoder(w).Encode(map[string]string{"token": token, "fallback": fallback, "broken": broken})
}
