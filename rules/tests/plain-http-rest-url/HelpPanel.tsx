import React from "react";

// ruleid: plain-http-rest-url
const STATUS_API_URL = "http://status-api.acme-corp.io/v1";

export function HelpPanel({ onError }: { onError: (m: string) => void }) {
  const load = async () => {
    // ruleid: plain-http-rest-url
    const res = await fetch("http://tokens.acme-corp.io/room/standup");
    if (!res.ok) {
      // ok: plain-http-rest-url
      onError("Token server unreachable, see http://status.acme-corp.io for outages");
    }
    return fetch(STATUS_API_URL);
  };
  return (
    <p>
      {/* ok: plain-http-rest-url */}
      <a href="http://help.acme-corp.io/video/faq">Troubleshooting</a>
      <button onClick={load}>Retry</button>
    </p>
  );
}

export const linkifyCases = [
  // ok: plain-http-rest-url
  { text: "call notes", value: "http://notes.acme-corp.io/standup" },
];

// ok: plain-http-rest-url
export const helpUrl = "http://help.acme-corp.io/video";
// ok: plain-http-rest-url
export const homepage = "http://acme-corp.io";
