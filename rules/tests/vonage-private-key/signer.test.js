// Secrets keep their severity in tests (the role is named in the message).
// ruleid: vonage-private-key
const testKey = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgAcmeFixtureKeyNotReal0
hRANCAAQAcmeFixtureKeyNotRealAcmeFixtureKeyNotRealAcmeFixtureKeyNotRealAcme
-----END PRIVATE KEY-----`;
module.exports = { testKey };
