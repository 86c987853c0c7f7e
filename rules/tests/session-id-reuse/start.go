package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"github.com/calvertyang/opentok"
)

func main() {
	ot := opentok.New(os.Getenv("OPENTOK_API_KEY"), os.Getenv("OPENTOK_API_SECRET"))
	sess, err := ot.CreateSession(&opentok.SessionOptions{MediaMode: opentok.Routed})
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		// ruleid: session-id-reuse
		token, err := ot.GenerateToken(sess.SessionID, &opentok.TokenOptions{Role: opentok.Publisher})
		if err != nil {
			http.Error(w, "token", http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"token": token})
	})
	http.HandleFunc("/meetings", func(w http.ResponseWriter, r *http.Request) {
		meeting, err := ot.CreateSession(&opentok.SessionOptions{MediaMode: opentok.Routed})
		if err != nil {
			http.Error(w, "session", http.StatusInternalServerError)
			return
		}
		// ok: session-id-reuse
		token, _ := ot.GenerateToken(meeting.SessionID, &opentok.TokenOptions{Role: opentok.Moderator})
		json.NewEncoder(w).Encode(map[string]string{"session": meeting.SessionID, "token": token})
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
