// gin: route middleware, groups with middleware, Use on a group.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	// ok: unauthenticated-token-endpoint
	r.GET("/health", func(c *gin.Context) { c.String(http.StatusOK, "ok") })

	// ruleid: unauthenticated-token-endpoint
	r.POST("/token", func(c *gin.Context) {
		token, _ := ot.GenerateToken(c.PostForm("session_id"), nil)
		c.JSON(http.StatusOK, gin.H{"token": token})
	})

	// ok: unauthenticated-token-endpoint
	r.POST("/member/token", AuthRequired(), tokenHandler)

	api := r.Group("/api", AuthRequired())
	// ok: unauthenticated-token-endpoint
	api.POST("/token", tokenHandler)

	members := r.Group("/members")
	members.Use(jwtMiddleware.MiddlewareFunc())
	// ok: unauthenticated-token-endpoint
	members.POST("/token", tokenHandler)

	// ruleid: unauthenticated-token-endpoint
	r.POST("/guest/token", tokenHandler)
}

func tokenHandler(c *gin.Context) {
	token, _ := ot.GenerateToken(c.PostForm("session_id"), nil)
	c.JSON(http.StatusOK, gin.H{"token": token})
}
