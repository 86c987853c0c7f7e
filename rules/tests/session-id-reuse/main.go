package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"

	"github.com/calvertyang/opentok"
)

var ot = opentok.New(os.Getenv("OPENTOK_API_KEY"), os.Getenv("OPENTOK_API_SECRET"))

var sharedSessionID = os.Getenv("OPENTOK_SESSION_ID")

var (
	mu       sync.Mutex
	sessions = map[string]string{}
)

func sharedToken(w http.ResponseWriter, r *http.Request) {
	// ruleid: session-id-reuse
	token, err := ot.GenerateToken(sharedSessionID, &opentok.TokenOptions{Role: opentok.Publisher})
	if err != nil {
		http.Error(w, "token", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func roomToken(w http.ResponseWriter, r *http.Request) {
	room := r.URL.Query().Get("room")
	mu.Lock()
	id := sessions[room]
	mu.Unlock()
	// ok: session-id-reuse
	token, err := ot.GenerateToken(id, &opentok.TokenOptions{Role: opentok.Publisher})
	if err != nil {
		http.Error(w, "token", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func main() {
	http.HandleFunc("/token", requireAuth(sharedToken))
	http.HandleFunc("/rooms/token", requireAuth(roomToken))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
