import { expect, test } from "@playwright/test";
import { serverActions } from "../support/next-build";

// Issue 11, item 5: every way a request can reach the app is checked, including Next's no-JavaScript
// server-action encodings (multipart and urlencoded posts carrying $ACTION_ fields), odd methods, and
// the scheme of the Origin.

const connectAction = () => {
  const action = serverActions().find((candidate) => candidate.name.endsWith("#connectAction"));
  if (!action) throw new Error("connectAction is not in the build's server-reference manifest");
  return action;
};

const descriptor = (id: string, bound: string) => `{"id":"${id}","bound":"${bound}"}`;

test("no-JavaScript action posts with malformed or self-referencing payloads get a 400 with a message, never a 500 or a hang", async ({
  request,
  baseURL,
}) => {
  const id = connectAction().id;
  const headers = { Origin: baseURL as string };
  const bodies: Record<string, string>[] = [
    { $ACTION_REF_1: "", "$ACTION_1:0": descriptor(id, "$@1"), "$ACTION_1:1": "$@1" },
    { $ACTION_REF_1: "", "$ACTION_1:0": descriptor(id, "$@1"), "$ACTION_1:1": '"$@1"' },
    { $ACTION_REF_1: "", "$ACTION_1:0": descriptor(id, "$@1"), "$ACTION_1:1": '["$1"]' },
    { $ACTION_REF_1: "", "$ACTION_1:0": descriptor(id, "$1"), "$ACTION_1:1": '"$1"' },
    { $ACTION_REF_1: "", "$ACTION_1:0": descriptor(id, "$@1"), "$ACTION_1:1": '"$Q1"' },
    { $ACTION_REF_1: "", "$ACTION_1:0": descriptor(id, "$@1"), "$ACTION_1:1": '["$h1"]' },
    { $ACTION_REF_1: "", "$ACTION_1:0": descriptor(id, "$@0"), "$ACTION_1:1": "[]" },
    { $ACTION_REF_1: "", "$ACTION_1:0": "{bad", "$ACTION_1:1": "[]" },
    { [`$ACTION_ID_${id}`]: "", $ACTION_KEY: "x".repeat(5000) },
    { [`$ACTION_ID_${id}`]: "", "$ACTION_1:0": "[]" },
    { [`$ACTION_ID_${id}`]: "", ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, "x"])) },
  ];
  for (const fields of bodies) {
    const response = await request.post("/connect", { headers, multipart: fields, maxRedirects: 0, timeout: 10_000 });
    const text = await response.text();
    expect(response.status(), JSON.stringify(fields).slice(0, 200)).toBe(400);
    expect(text).toMatch(/"message":"[^"]{8,}/);
  }
  // A file where the dashboard's actions take none.
  const withFile = await request.post("/connect", {
    headers,
    multipart: {
      [`$ACTION_ID_${id}`]: "",
      upload: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("x") },
    },
    maxRedirects: 0,
  });
  expect(withFile.status()).toBe(400);
  // Urlencoded posts are never actions for Next: one naming an action is refused rather than rendered.
  const urlencoded = await request.post("/connect", {
    headers,
    form: { [`$ACTION_ID_${id}`]: "", applicationKey: "x" },
    maxRedirects: 0,
  });
  expect(urlencoded.status()).toBe(400);
  // Over 1 MB: 413.
  const huge = await request.post("/connect", {
    headers,
    multipart: { [`$ACTION_ID_${id}`]: "", applicationKey: "x".repeat(1_100_000) },
    maxRedirects: 0,
  });
  expect(huge.status()).toBe(413);
});

test("a well-formed no-JavaScript action post (as React renders it) passes the proxy", async ({ request, baseURL }) => {
  const id = connectAction().id;
  const response = await request.post("/connect", {
    headers: { Origin: baseURL as string },
    multipart: {
      $ACTION_REF_1: "",
      "$ACTION_1:0": descriptor(id, "$@1"),
      "$ACTION_1:1": '[{"status":"idle"}]',
      $ACTION_KEY: "k1234567890",
      endpoint: "emulator",
      applicationKey: "",
      applicationSecret: "",
      consumerKey: "",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
});

test("/connect?reason= with prototype keys renders the page", async ({ request }) => {
  for (const reason of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
    const response = await request.get(`/connect?reason=${reason}`);
    expect(response.status(), reason).toBe(200);
  }
});

test("methods outside GET HEAD OPTIONS POST PUT PATCH DELETE get a 405 with Allow and the security headers", async ({
  request,
}) => {
  for (const method of ["TRACE", "PROPFIND", "MKCOL", "LOCK", "PURGE"]) {
    for (const path of ["/connect", "/api/credentials", "/"]) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      const headers = response.headers();
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(headers.allow, `${method} ${path}`).toBe("GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      const text = await response.text();
      expect(text).not.toMatch(/\bat \S+ \(|\.js:\d+/);
    }
  }
});

test("the Origin check compares the scheme as well as the host", async ({ request, baseURL }) => {
  const host = new URL(baseURL as string).host;
  const post = (origin: string, headers: Record<string, string> = {}) =>
    request.post("/api/credentials/revoke", {
      headers: { Origin: origin, ...headers },
      data: { ids: [] },
      maxRedirects: 0,
    });
  // The server is plain HTTP: an https Origin with the same host is another origin.
  expect((await post(`https://${host}`)).status()).toBe(403);
  // Behind a TLS proxy (X-Forwarded-Proto: https), an http Origin is another origin, an https one is ours.
  expect((await post(`http://${host}`, { "X-Forwarded-Proto": "https" })).status()).toBe(403);
  expect((await post(`https://${host}`, { "X-Forwarded-Proto": "https" })).status()).not.toBe(403);
  expect((await post(`http://${host}`)).status()).not.toBe(403);
});
