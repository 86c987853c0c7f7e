package main

import (
	"net/http"
	"os"
	"time"

	"github.com/calvertyang/opentok"
)

var ot = opentok.New(os.Getenv("OPENTOK_API_KEY"), os.Getenv("OPENTOK_API_SECRET"))

func tokenHandler(w http.ResponseWriter, r *http.Request) {
	sessionID := lookupSession(r)
	// ruleid: token-expiry-too-long
	token, _ := ot.GenerateToken(sessionID, &opentok.TokenOptions{ExpireTime: time.Now().Add(30 * 24 * time.Hour).Unix()})
	w.Write([]byte(token))
}

func shortHandler(w http.ResponseWriter, r *http.Request) {
	sessionID := lookupSession(r)
	// ok: token-expiry-too-long
	token, _ := ot.GenerateToken(sessionID, &opentok.TokenOptions{ExpireTime: time.Now().Add(2 * time.Hour).Unix()})
	w.Write([]byte(token))
}
