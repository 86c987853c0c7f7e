import { normalizeLink } from "../src/links";

describe("normalizeLink", () => {
  it("keeps plain http links as typed", () => {
    // ok: plain-http-rest-url
    expect(normalizeLink("http://notes.acme-corp.io")).toBe("http://notes.acme-corp.io");
  });
  it("reads the server from a fixture", () => {
    // ok: plain-http-rest-url
    const fixture = { tokenServerUrl: "http://tokens.acme-corp.io" };
    expect(fixture.tokenServerUrl).toContain("acme");
  });
});
