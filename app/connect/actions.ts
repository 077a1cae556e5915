"use server";

import { redirect } from "next/navigation";
import { formDataArg, formFields, unreadableForm } from "@/lib/actions/input";
import { type ActionState, failure, invalid } from "@/lib/actions/state";
import { createDemoAccount } from "@/lib/connect/demo-account";
import { type Completion, completeConnect, requestConnectKey } from "@/lib/connect/request-key";
import { connectRequestSchema, connectSchema } from "@/lib/connect/schema";
import { connectWithKeys } from "@/lib/connect/with-keys";
import { emulatorEnabled } from "@/lib/runtime/env";

export async function connectAction(_prev: unknown, formData: unknown): Promise<ActionState<never>> {
  const form = formDataArg(formData);
  if (!form) return unreadableForm();
  if (form.get("consumerKeyMode") === "request") return requestKeyAndValidate(form);
  const fields = formFields(form, ["endpoint", "applicationKey", "applicationSecret", "consumerKey"] as const);
  const parsed = connectSchema.safeParse({
    endpoint: fields.endpoint,
    applicationKey: fields.applicationKey ?? "",
    applicationSecret: fields.applicationSecret ?? "",
    consumerKey: fields.consumerKey ?? "",
  });
  if (!parsed.success) return invalid(parsed.error);
  const error = await connectWithKeys(parsed.data);
  if (error) return error;
  redirect("/");
}

/** No consumer key yet: request one, then send the browser to OVH's validation page. */
async function requestKeyAndValidate(formData: FormData): Promise<ActionState<never>> {
  const fields = formFields(formData, ["endpoint", "applicationKey", "applicationSecret", "access"] as const);
  const parsed = connectRequestSchema.safeParse({
    endpoint: fields.endpoint,
    applicationKey: fields.applicationKey ?? "",
    applicationSecret: fields.applicationSecret ?? "",
    access: fields.access,
    allowIpEdits: formData.get("allowIpEdits") === "on",
  });
  if (!parsed.success) return invalid(parsed.error);
  const result = await requestConnectKey(parsed.data);
  if (result.status !== "requested") return result;
  redirect(result.validationUrl);
}

/** Called by /connect/complete when the admin is back from OVH's validation page. */
export async function completeConnectAction(): Promise<ActionState<Completion>> {
  const result = await completeConnect();
  if (result === null) redirect("/");
  return result;
}

export async function connectDemoAction(): Promise<ActionState<never>> {
  if (!emulatorEnabled()) return failure("The demo account needs the OVH API emulator (OVH_EMULATOR=on).");
  let keys: Awaited<ReturnType<typeof createDemoAccount>>;
  try {
    keys = await createDemoAccount();
  } catch (err) {
    return failure(err instanceof Error ? err.message : "The OVH API emulator did not answer.");
  }
  const error = await connectWithKeys({ endpoint: "emulator", ...keys });
  if (error) return error;
  redirect("/");
}
