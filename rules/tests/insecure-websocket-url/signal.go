package signal

import (
	"fmt"

	"github.com/gorilla/websocket"
)

// ruleid: insecure-websocket-url
const signalURL = "ws://signal.acme-corp.io/rooms"

// ok: insecure-websocket-url
const signalURLTLS = "wss://signal.acme-corp.io/rooms"

// ok: insecure-websocket-url
const devURL = "ws://localhost:8080/rooms"

func dial() (*websocket.Conn, error) {
	// ruleid: insecure-websocket-url
	conn, _, err := websocket.DefaultDialer.Dial("ws://chat.acme-corp.io/socket", nil)
	return conn, err
}

func urlFor(host string) string {
	// ok: insecure-websocket-url
	return fmt.Sprintf("ws://%s/rooms", host)
}
