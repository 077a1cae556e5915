import assert from "node:assert/strict";
import { test } from "node:test";
import { buildHandoff, consumerKeyPlaceholder, secretPlaceholder } from "./handoff";

const keys = {
  endpoint: "ovh-eu",
  applicationKey: "TDPKJdwZwAQPwKX2",
  consumerKey: "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY",
};

test("ovh.conf names the endpoint in [default] and holds the keys in its own section", () => {
  assert.equal(
    buildHandoff(keys).ovhConf,
    [
      "[default]",
      "endpoint=ovh-eu",
      "",
      "[ovh-eu]",
      "application_key=TDPKJdwZwAQPwKX2",
      `application_secret=${secretPlaceholder}`,
      "consumer_key=5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY",
      "",
    ].join("\n"),
  );
});

test("environment variables use the names python-ovh, go-ovh and Terraform read, the secret quoted as a placeholder", () => {
  assert.equal(
    buildHandoff(keys).env,
    [
      "export OVH_ENDPOINT=ovh-eu",
      "export OVH_APPLICATION_KEY=TDPKJdwZwAQPwKX2",
      "export OVH_APPLICATION_SECRET='<your application secret>'",
      "export OVH_CONSUMER_KEY=5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY",
      "",
    ].join("\n"),
  );
});

test("the Terraform block reads the secret from a sensitive variable", () => {
  const { terraform } = buildHandoff(keys);
  assert.match(terraform, /source = "ovh\/ovh"/);
  assert.match(terraform, /endpoint {11}= "ovh-eu"/);
  assert.match(terraform, /application_key {4}= "TDPKJdwZwAQPwKX2"/);
  assert.match(terraform, /application_secret = var\.ovh_application_secret/);
  assert.match(terraform, /consumer_key {7}= "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY"/);
  assert.match(terraform, /sensitive = true/);
});

test("no snippet ever carries a secret: the application secret is not an input", () => {
  const all = Object.values(buildHandoff(keys)).join("\n");
  assert.equal(all.includes(secretPlaceholder), true);
  assert.equal(/application_secret=[A-Za-z0-9]{16,}/.test(all), false);
});

test("without the consumer key in memory every snippet shows a placeholder and says why", () => {
  const handoff = buildHandoff({ ...keys, consumerKey: undefined });
  assert.equal(handoff.consumerKeyIncluded, false);
  assert.ok(handoff.ovhConf.includes(`consumer_key=${consumerKeyPlaceholder}`));
  assert.ok(handoff.env.includes(`export OVH_CONSUMER_KEY='${consumerKeyPlaceholder}'`));
  assert.ok(handoff.terraform.includes(`consumer_key       = "${consumerKeyPlaceholder}"`));
  assert.ok(handoff.notes.some((note) => note.includes("shown only once")));
  assert.equal(buildHandoff(keys).consumerKeyIncluded, true);
});

test("a URL endpoint (the emulator) is kept as is, with a note about python-ovh", () => {
  const handoff = buildHandoff({ ...keys, endpoint: "http://127.0.0.1:3000/api/ovh-emulator/1.0" });
  assert.ok(handoff.ovhConf.includes("endpoint=http://127.0.0.1:3000/api/ovh-emulator/1.0"));
  assert.ok(handoff.env.includes("export OVH_ENDPOINT=http://127.0.0.1:3000/api/ovh-emulator/1.0"));
  assert.ok(handoff.notes.some((note) => note.includes("python-ovh")));
});

test("hostile values cannot break out of their line, quote or interpolation", () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${x} is the hostile input under test
  const handoff = buildHandoff({ endpoint: "ovh-eu\n[evil]", applicationKey: "a'b ${x} $(rm)", consumerKey: "c\nd" });
  assert.ok(!handoff.ovhConf.includes("\n[evil]"));
  assert.ok(handoff.env.includes(`export OVH_APPLICATION_KEY='a'"'"'b \${x} $(rm)'`));
  assert.ok(handoff.terraform.includes('"a\'b $${x} $(rm)"'));
  assert.ok(handoff.terraform.includes('"c\\nd"'));
});
