// net/http: handlers wrapped in an auth middleware, Go 1.22 patterns.
package main

import "net/http"

func token(w http.ResponseWriter, r *http.Request) {
	t, _ := ot.GenerateToken(r.FormValue("session_id"), nil)
	w.Write([]byte(t))
}

func main() {
	mux := http.NewServeMux()
	// ruleid: unauthenticated-token-endpoint
	mux.HandleFunc("POST /token", token)
	// ok: unauthenticated-token-endpoint
	mux.Handle("POST /member/token", requireAuth(http.HandlerFunc(token)))
	// ok: unauthenticated-token-endpoint
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	http.ListenAndServe(":8080", mux)
}
