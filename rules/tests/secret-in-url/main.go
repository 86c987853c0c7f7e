package main

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

func joinHandler(w http.ResponseWriter, r *http.Request) {
	// ruleid: secret-in-url
	token := r.URL.Query().Get("token")
	// ok: secret-in-url
	sessionID := r.URL.Query().Get("sessionId")
	fmt.Fprintf(w, "%s %s", sessionID, token)
}

func embed(c *gin.Context) {
	// ruleid: secret-in-url
	token := c.Query("token")
	c.JSON(http.StatusOK, gin.H{"token": token})
}

func inviteLink(sessionID, token string) string {
	// ruleid: secret-in-url
	return fmt.Sprintf("https://meet.example.com/join?sessionId=%s&token=%s", sessionID, token)
}

func inviteURL(sessionID, token string) string {
	u, _ := url.Parse("https://meet.example.com/join")
	q := u.Query()
	q.Set("sessionId", sessionID)
	// ruleid: secret-in-url
	q.Set("token", token)
	u.RawQuery = q.Encode()
	return u.String()
}

func verify(token string) (*http.Response, error) {
	// ok: secret-in-url
	form := url.Values{"token": {token}}
	// ok: secret-in-url
	return http.PostForm("https://auth.example.com/verify", form)
}
