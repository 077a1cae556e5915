import assert from "node:assert/strict";
import { test } from "node:test";
import { createTokenPageUrl } from "@/lib/ovh/endpoints";
import { parseEnv } from "@/lib/runtime/env";
import { createTokenLink } from "./create-token-link";

test("each rule becomes METHOD=path in order, with / and * left readable", () => {
  const link = createTokenLink(createTokenPageUrl("ovh-eu", parseEnv({})), [
    { method: "GET", path: "/me" },
    { method: "GET", path: "/me/api/credential/*" },
    { method: "POST", path: "/domain/zone/*/record" },
    { method: "GET", path: "/other" },
  ]);
  assert.equal(
    link,
    "https://eu.api.ovh.com/createToken/?GET=/me&GET=/me/api/credential/*&POST=/domain/zone/*/record&GET=/other",
  );
});

test("characters that would break the query are percent-encoded", () => {
  const link = createTokenLink("https://eu.api.ovh.com/createToken/", [
    { method: "GET", path: "/a&POST=/*" },
    { method: "PUT", path: "/x y#z?w+%" },
  ]);
  assert.equal(link, "https://eu.api.ovh.com/createToken/?GET=/a%26POST%3D/*&PUT=/x%20y%23z%3Fw%2B%25");
  const parsed = new URL(link);
  assert.deepEqual(
    [...parsed.searchParams],
    [
      ["GET", "/a&POST=/*"],
      ["PUT", "/x y#z?w+%"],
    ],
  );
});

test("a bare * path is kept as is", () => {
  const link = createTokenLink(createTokenPageUrl("ovh-ca", parseEnv({})), [{ method: "GET", path: "*" }]);
  assert.equal(link, "https://ca.api.ovh.com/createToken/?GET=*");
});

test("existing query parameters and fragments of the page are kept", () => {
  const link = createTokenLink("https://example.test/createToken?lang=fr#top", [
    { method: "DELETE", path: "/me/api/credential/*" },
  ]);
  assert.equal(link, "https://example.test/createToken?lang=fr&DELETE=/me/api/credential/*#top");
});

test("no rules gives the page itself", () => {
  assert.equal(
    createTokenLink(createTokenPageUrl("ovh-us", parseEnv({})), []),
    "https://api.us.ovhcloud.com/createToken/",
  );
});

test("a page that is not an http(s) URL is refused", () => {
  assert.throws(() => createTokenLink("javascript:alert(1)", [{ method: "GET", path: "/me" }]), TypeError);
  assert.throws(() => createTokenLink("not a url", []), TypeError);
});
