import assert from "node:assert/strict";
import { test } from "node:test";
import { revealBidiControls } from "./inert-text";
import { accountSchema, applicationSchema } from "./models";

test("bidirectional controls become visible marks, everything else is kept", () => {
  assert.equal(revealBidiControls("invoice\u202Efdp.exe"), "invoice[U+202E]fdp.exe");
  assert.equal(revealBidiControls("\u2066a\u2069 \u200Fb \u061C"), "[U+2066]a[U+2069] [U+200F]b [U+061C]");
  const plain = '<script>alert(1)</script> déploiement 部署 🚀 "quotes" & more';
  assert.equal(revealBidiControls(plain), plain);
});

test("application and account names are made inert where OVH's answers are parsed", () => {
  const application = applicationSchema.parse({
    applicationId: 1,
    applicationKey: "ak",
    name: "invoice\u202Efdp.exe",
    description: "report\u202Egnp.exe",
    status: "active",
  });
  assert.equal(application.name, "invoice[U+202E]fdp.exe");
  assert.equal(application.description, "report[U+202E]gnp.exe");
  const account = accountSchema.parse({
    nichandle: "xx1-ovh",
    email: "a@example.com",
    firstname: "\u202Eevil",
    name: null,
    organisation: "Org\u2066",
    ovhSubsidiary: "FR",
    ovhCompany: "ovh",
  });
  assert.equal(account.firstname, "[U+202E]evil");
  assert.equal(account.name, null);
  assert.equal(account.organisation, "Org[U+2066]");
});
