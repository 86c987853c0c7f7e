// A suppression that hides a finding is used; the others are reported on
// the line of the directive. The annotations sit in the directives' reasons.

const timeoutMs = 3000; // rtclint-ignore -- ruleid: unused-suppression

fetch('http://tokens.acme-video.io/token'); // rtclint-ignore: plain-http-rest-url -- ok: unused-suppression

const socketUrl = 'wss://signal.acme-video.io/rooms'; /* rtclint-ignore: insecure-websocket-url -- ruleid: unused-suppression */

const devApi = 'http://dev.acme-video.io/api'; /* rtclint-ignore: transport -- ok: unused-suppression */
