package video

import "testing"

func TestParseSession(t *testing.T) {
	// ok: hardcoded-session-id
	const sessionID = "2_MX40NTgyODA2Mn5-MTcwMDAwMDAwMDAwMH5hY21lLWZpeHR1cmUtc2Vzc2lvbn5-fn4"
	if _, err := Parse(sessionID); err != nil {
		t.Fatal(err)
	}
}
