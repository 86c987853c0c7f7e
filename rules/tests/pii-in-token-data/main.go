package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/calvertyang/opentok"
)

var ot = opentok.New(os.Getenv("OPENTOK_API_KEY"), os.Getenv("OPENTOK_API_SECRET"))

func tokenHandler(w http.ResponseWriter, r *http.Request) {
	user := currentUser(r)
	room := rooms.lookup(r.URL.Query().Get("room"))
	data := fmt.Sprintf("name=%s&ip=%s", user.FullName, r.RemoteAddr)
	// ruleid: pii-in-token-data
	token, err := ot.GenerateToken(room.SessionID, &opentok.TokenOptions{Role: opentok.Publisher, Data: data})
	if err != nil {
		http.Error(w, "token", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func viewerHandler(w http.ResponseWriter, r *http.Request) {
	user := currentUser(r)
	room := rooms.lookup(r.URL.Query().Get("room"))
	// ok: pii-in-token-data
	token, err := ot.GenerateToken(room.SessionID, &opentok.TokenOptions{Role: opentok.Subscriber, Data: "uid=" + user.ID})
	if err != nil {
		http.Error(w, "token", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func main() {
	http.HandleFunc("/token", requireAuth(tokenHandler))
	http.HandleFunc("/viewer-token", requireAuth(viewerHandler))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
