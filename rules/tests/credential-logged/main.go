package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"github.com/example/video/opentok"
)

var ot = opentok.New(os.Getenv("OPENTOK_API_KEY"), os.Getenv("OPENTOK_API_SECRET"))

func tokenHandler(w http.ResponseWriter, r *http.Request) {
	user := currentUser(r)
	room := r.PathValue("room")
	sessionID := sessionFor(room)
	token, err := ot.GenerateToken(sessionID, opentok.TokenOptions{Role: opentok.Publisher})
	if err != nil {
		http.Error(w, "token", http.StatusInternalServerError)
		return
	}
	// ruleid: credential-logged
	log.Printf("token for %s: %s", user.ID, token)
	// ok: credential-logged
	log.Printf("token issued for session %s to %s", sessionID, user.ID)
	// ok: credential-logged
	log.Printf("token length %d", len(token))
	json.NewEncoder(w).Encode(map[string]string{"token": token, "sessionId": sessionID})
}

func main() {
	secret := os.Getenv("OPENTOK_API_SECRET")
	// ruleid: credential-logged
	log.Println("secret", secret)
	http.Handle("/rooms/{room}/token", requireUser(http.HandlerFunc(tokenHandler)))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
