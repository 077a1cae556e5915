"use server";

import { redirect } from "next/navigation";
import { formDataArg, formFields, unreadableForm } from "@/lib/actions/input";
import { noInput, validatedAction } from "@/lib/actions/session-action";
import { type ActionState, failure } from "@/lib/actions/state";
import { createDemoAccount, DemoAccountError } from "@/lib/connect/demo-account";
import { completeConnect, requestConnectKey } from "@/lib/connect/request-key";
import { connectRequestSchema, connectSchema } from "@/lib/connect/schema";
import { connectWithKeys } from "@/lib/connect/with-keys";
import { emulatorEnabled } from "@/lib/runtime/env";

/** What both ways of connecting read from the form: the endpoint and the application's key and secret. */
function applicationFields(form: FormData) {
  const fields = formFields(form, ["endpoint", "applicationKey", "applicationSecret"]);
  return {
    endpoint: fields.endpoint,
    applicationKey: fields.applicationKey ?? "",
    applicationSecret: fields.applicationSecret ?? "",
  };
}

const connectWithConsumerKey = validatedAction(
  connectSchema,
  async (input) => {
    const error = await connectWithKeys(input);
    if (error) return error;
    redirect("/");
  },
  {
    form: (form) => ({ ...applicationFields(form), consumerKey: formFields(form, ["consumerKey"]).consumerKey ?? "" }),
  },
);

/** No consumer key yet: request one, then send the browser to OVH's validation page. */
const requestKeyAndValidate = validatedAction(
  connectRequestSchema,
  async (input) => {
    const result = await requestConnectKey(input);
    if (result.status !== "requested") return result;
    redirect(result.validationUrl);
  },
  {
    form: (form) => ({
      ...applicationFields(form),
      access: formFields(form, ["access"]).access,
      allowIpEdits: form.get("allowIpEdits") === "on",
    }),
  },
);

export async function connectAction(_prev: unknown, formData: unknown): Promise<ActionState<never>> {
  const form = formDataArg(formData);
  if (!form) return unreadableForm();
  return form.get("consumerKeyMode") === "request" ? requestKeyAndValidate(form) : connectWithConsumerKey(form);
}

const completeConnection = validatedAction(noInput, async () => {
  const result = await completeConnect();
  if (result === null) redirect("/");
  return result;
});

// Actions that take no argument are exported with no parameter: Next records the arity in the action's
// id and then hands such an action nothing of what the caller sent.

/** Called by /connect/complete when the admin is back from OVH's validation page. */
export async function completeConnectAction() {
  return completeConnection(undefined);
}

export async function connectDemoAction() {
  return connectDemo(undefined);
}

const connectDemo = validatedAction(noInput, async (): Promise<ActionState<never>> => {
  if (!emulatorEnabled()) return failure("The demo account needs the OVH API emulator (OVH_EMULATOR=on).");
  let keys: Awaited<ReturnType<typeof createDemoAccount>>;
  try {
    keys = await createDemoAccount();
  } catch (err) {
    return failure(err instanceof DemoAccountError ? err.message : "The OVH API emulator did not answer.");
  }
  const error = await connectWithKeys({ endpoint: "emulator", ...keys });
  if (error) return error;
  redirect("/");
});
