// Ready-to-paste configuration for the tool that will use a validated credential: python-ovh and
// go-ovh's ovh.conf, environment variables (read by python-ovh, go-ovh and the Terraform provider),
// and a Terraform provider block. The application secret is never known to the page, so it is
// always a placeholder; the consumer key is filled in only while the page still holds it in
// memory (right after creation) and is a placeholder otherwise.

export const secretPlaceholder = "<your application secret>";
export const consumerKeyPlaceholder = "<the consumer key shown when the request was created>";

export type HandoffInput = {
  /** An endpoint name python-ovh knows (ovh-eu…) or, for the local emulator, its base URL. */
  endpoint: string;
  applicationKey: string;
  consumerKey?: string;
};

export type Handoff = {
  ovhConf: string;
  env: string;
  terraform: string;
  consumerKeyIncluded: boolean;
  notes: string[];
};

// Keys are letters and digits; anything else (a placeholder, a URL) is quoted for the shell.
function shellValue(value: string): string {
  return /^[A-Za-z0-9._:/@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'"'"'`)}'`;
}

// INI values are taken to the end of the line; a line break would start a new key.
function iniValue(value: string): string {
  return value.replace(/[\r\n]/g, "");
}

function hclString(value: string): string {
  // HCL interpolates ${…} and %{…} inside strings; doubling the sigil makes them literal.
  return JSON.stringify(value).replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}

export function buildHandoff(input: HandoffInput): Handoff {
  const consumerKey = input.consumerKey ?? consumerKeyPlaceholder;
  const endpoint = iniValue(input.endpoint);
  const notes: string[] = [];
  if (/^https?:\/\//.test(input.endpoint)) {
    notes.push(
      "This endpoint is a URL: go-ovh and the Terraform provider accept it, python-ovh only knows named endpoints such as ovh-eu.",
    );
  }
  if (!input.consumerKey) {
    notes.push(
      "The consumer key is shown only once, right after the request is created, and this page no longer holds it: paste the copy you kept.",
    );
  }
  const ovhConf = [
    "[default]",
    `endpoint=${endpoint}`,
    "",
    `[${endpoint}]`,
    `application_key=${iniValue(input.applicationKey)}`,
    `application_secret=${secretPlaceholder}`,
    `consumer_key=${iniValue(consumerKey)}`,
    "",
  ].join("\n");
  const env = [
    `export OVH_ENDPOINT=${shellValue(input.endpoint)}`,
    `export OVH_APPLICATION_KEY=${shellValue(input.applicationKey)}`,
    `export OVH_APPLICATION_SECRET=${shellValue(secretPlaceholder)}`,
    `export OVH_CONSUMER_KEY=${shellValue(consumerKey)}`,
    "",
  ].join("\n");
  const terraform = [
    "terraform {",
    "  required_providers {",
    '    ovh = { source = "ovh/ovh" }',
    "  }",
    "}",
    "",
    'variable "ovh_application_secret" {',
    "  type      = string",
    "  sensitive = true",
    "}",
    "",
    'provider "ovh" {',
    `  endpoint           = ${hclString(input.endpoint)}`,
    `  application_key    = ${hclString(input.applicationKey)}`,
    "  application_secret = var.ovh_application_secret",
    `  consumer_key       = ${hclString(consumerKey)}`,
    "}",
    "",
  ].join("\n");
  return { ovhConf, env, terraform, consumerKeyIncluded: Boolean(input.consumerKey), notes };
}
