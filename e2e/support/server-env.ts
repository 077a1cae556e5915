// The session secret of the e2e server (playwright.config.ts), shared with specs that start a second
// server to prove SESSION_SECRET rotation.
export const E2E_SESSION_SECRET = "e2e-only-session-secret-0123456789abcdefghijkl";
