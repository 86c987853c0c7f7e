// echo: route middleware come after the handler.
package main

import (
	"github.com/labstack/echo/v4"
	echojwt "github.com/labstack/echo-jwt/v4"
)

func token(c echo.Context) error {
	t, _ := ot.GenerateToken(c.FormValue("session_id"), nil)
	return c.String(200, t)
}

func main() {
	e := echo.New()
	// ruleid: unauthenticated-token-endpoint
	e.POST("/token", token)
	// ok: unauthenticated-token-endpoint
	e.POST("/member/token", token, echojwt.JWT([]byte(secret)))
}
