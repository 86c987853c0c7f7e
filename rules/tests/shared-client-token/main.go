package main

import (
	"encoding/json"
	"net/http"
	"os"
)

// ruleid: shared-client-token
const demoToken = "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9ODZlNGQzY2VhMjdkMjY5MzRiNDg0ZTczY2Y1NzVkY2FkNmJhMmIwYTpzZXNzaW9uX2lkPTFfTVg0ME5qSTRORGt4TjM0eU1ETXVNQzR4TVRNdU4zNVhaV1FnVDJOMElEQTNJREUyT2pRMU9qRXpJRkJFVkNBeU1ESTJmbEpKUWxoMVJFdzNSSGgwY0Zsc1UxaHdaa3QwU0VZMGRuNVEmY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPXN1YnNjcmliZXImbm9uY2U9MC44NzcwNjU4OSZleHBpcmVfdGltZT0xNzY0MDg2NDAw"

// ok: shared-client-token
const placeholderToken = ""

func demoHandler(w http.ResponseWriter, r *http.Request) {
	// ruleid: shared-client-token
	json.NewEncoder(w).Encode(map[string]string{"token": `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NzE5MzM1NSIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMl9NWDQwTnpFNU16TTFOWDUtTVRjMk5EQXdNREF3TURBd01INHlhSEJEYUZsblEyWnlUREZ6Y0U1NGJubFdiV2xvUVM5LSIsInJvbGUiOiJzdWJzY3JpYmVyIiwibm9uY2UiOiIxOTU1NDU5MDQ1NDQifQ.ASEMdzbz7sWA3PxD_l0Em014p6PruShlyFF-0CER9qY`})
}

func envHandler(w http.ResponseWriter, r *http.Request) {
	// ok: shared-client-token
	token := os.Getenv("OPENTOK_TOKEN")
	// ok: shared-client-token
	restJWT := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMDE4MCwianRpIjoiNWExYjJjM2QtNmU3Zi00YThiLTljMGQtZTFmMmEzYjRjNWQ2In0.NALzduW_FJZ3PRlhYya-W-WFAzazbxO8rkgWaIITaAU"
	json.NewEncoder(w).Encode(map[string]string{"token": token, "rest": restJWT})
}
