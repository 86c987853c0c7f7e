// chi: With() and groups that Use an authenticator.
package main

import (
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
)

func token(w http.ResponseWriter, r *http.Request) {
	t, _ := ot.GenerateToken(r.FormValue("session_id"), nil)
	w.Write([]byte(t))
}

func main() {
	r := chi.NewRouter()
	// ruleid: unauthenticated-token-endpoint
	r.Post("/token", token)
	// ok: unauthenticated-token-endpoint
	r.With(jwtauth.Authenticator(tokenAuth)).Post("/member/token", token)
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokenAuth))
		r.Use(jwtauth.Authenticator(tokenAuth))
		// ok: unauthenticated-token-endpoint
		r.Post("/rooms/{id}/token", token)
	})
}
