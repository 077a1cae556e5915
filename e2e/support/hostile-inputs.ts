// Malformed and malicious inputs for every kind of request the dashboard accepts. None of them is a
// valid request, so each must end in a 4xx (or an error state) with a readable message: never a 500,
// and never a change at OVH.

const MB = 1024 * 1024;
const markup = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)"];
const controls = ["\u0000", "\u0007\u001b[31m", "a\r\nSet-Cookie: x=1", "\u202Egnp.exe", "\u2066rtl\u2069", "\uFEFF"];
const paths = [
  "/../../etc/passwd",
  "/me/%2e%2e/%2e%2e",
  "/me/..%2F..%2Fauth",
  "/me/api/%2F%2F*",
  "/*/../*",
  "\\..\\..",
];
const numbers = [-1, 0, 1.5, -0.5, 1e308, 2 ** 53 + 2, 1e16, Number.MIN_SAFE_INTEGER];

/** JSON values of every wrong type and shape (bodies, action arguments). */
export const hostileValues: unknown[] = [
  null,
  true,
  "",
  " ",
  "1",
  "null",
  [],
  {},
  [[]],
  { ids: null },
  { ids: "1,2,3" },
  { ids: {} },
  { ids: [] },
  { ids: [null] },
  { ids: ["1"] },
  { ids: [true] },
  { ids: [[1]] },
  { ids: [{ id: 1 }] },
  ...numbers.map((n) => ({ ids: [n] })),
  ...numbers.map((n) => ({ id: n, credentialId: n, applicationId: n })),
  { ids: Array.from({ length: 10_001 }, (_, i) => i + 1) },
  { ids: [1, 2, 3], extra: "field" },
  { constructor: { prototype: { polluted: true } } },
  ...markup.map((text) => ({ name: text, description: text, ids: [text] })),
  ...controls.map((text) => ({ name: text, path: text, ids: [text] })),
  ...paths.map((path) => ({ rules: [{ method: "GET", path }], path, method: "GET" })),
  { rules: [{ method: "TRACE", path: "/me" }] },
  { rules: Array.from({ length: 5_000 }, () => ({ method: "GET", path: "/*" })) },
  { allowedIPs: ["999.1.1.1/33", "::g", "0.0.0.0/0\u0000"] },
  { allowedIPs: "1.2.3.4" },
  { redirection: "javascript:alert(1)" },
  { redirection: "//evil.example" },
  { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: {} } } } } } } } } } },
  "x".repeat(200_000),
];

/** Raw bodies a JSON parser never sees as valid, and ones too large to read. */
export const hostileRawBodies: { body: string | Buffer; contentType: string }[] = [
  { body: "", contentType: "application/json" },
  { body: "{", contentType: "application/json" },
  { body: "{'ids': [1]}", contentType: "application/json" },
  { body: '{"ids": [1,]}', contentType: "application/json" },
  { body: "\uFEFF{}", contentType: "application/json" },
  { body: "NaN", contentType: "application/json" },
  { body: '{"ids":[99999999999999999999999]}', contentType: "application/json" },
  { body: '{"ids":[1e999]}', contentType: "application/json" },
  { body: '{"__proto__":{"polluted":true},"ids":[1]}', contentType: "application/json" },
  { body: '{"ids":[1]}', contentType: "text/html" },
  { body: "ids=1&ids=2", contentType: "application/x-www-form-urlencoded" },
  { body: "<?xml version='1.0'?><ids><id>1</id></ids>", contentType: "application/xml" },
  { body: Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00]), contentType: "application/json" },
  { body: `${"[".repeat(100_000)}${"]".repeat(100_000)}`, contentType: "application/json" },
  { body: JSON.stringify({ ids: [1], pad: "x".repeat(3 * MB) }), contentType: "application/json" },
  { body: Buffer.alloc(5 * MB, 0x61), contentType: "application/octet-stream" },
];

/** Query strings for read handlers (each one invalid). */
export const hostileQueries: string[] = [
  "fresh=2",
  "fresh=true",
  "fresh=",
  "fresh=1&fresh=1&x=1",
  "unknown=1",
  "id=-1",
  "id=1.5",
  "id=1e400",
  "id=99999999999999999999999",
  `q=${encodeURIComponent(markup[1] ?? "")}`,
  "q=%00%07",
  "q=%E2%80%AE",
  "path=..%2F..%2Fetc%2Fpasswd",
  "path=%2e%2e%2f",
  "__proto__[x]=1",
  "constructor[prototype][x]=1",
  `pad=${"x".repeat(6_000)}`,
  "%FF%FE=1",
  "fresh[]=1",
  "=",
];

/** Values for dynamic path segments ([id], [...path]). */
export const hostileSegments: string[] = [
  "-1",
  "0",
  "1.5",
  "1e999",
  "99999999999999999999999",
  "abc",
  "%2e%2e",
  "..%2F..%2Fetc",
  "%2F",
  "%00",
  "%E2%80%AE",
  "%E0%A4%A",
  "%",
  encodeURIComponent(markup[0] ?? ""),
  "x".repeat(1_500),
];

/** FormData field names the dashboard's forms use or could use, each filled with hostile text. */
export const formFieldNames = [
  "id",
  "ids",
  "credentialId",
  "applicationId",
  "endpoint",
  "applicationKey",
  "applicationSecret",
  "consumerKey",
  "allowedIPs",
  "ips",
  "method",
  "path",
  "rules",
  "redirection",
  "validity",
  "name",
  "confirm",
];

export const hostileTexts = [...markup, ...controls, ...paths, "x".repeat(100_000), "-1", "1.5", "1e999", "[]", "{}"];
