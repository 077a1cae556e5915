"use server";

import { redirect } from "next/navigation";
import { type ActionState, failure, invalid } from "@/lib/action-state";
import { connectWithKeys } from "@/lib/connect";
import { type Completion, completeConnect, requestConnectKey } from "@/lib/connect-request";
import { connectRequestSchema, connectSchema } from "@/lib/connect-schema";
import { createDemoAccount } from "@/lib/demo-account";
import { emulatorEnabled } from "@/lib/env";

export async function connectAction(_prev: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  if (formData.get("consumerKeyMode") === "request") return requestKeyAndValidate(formData);
  const parsed = connectSchema.safeParse({
    endpoint: formData.get("endpoint"),
    applicationKey: formData.get("applicationKey") ?? "",
    applicationSecret: formData.get("applicationSecret") ?? "",
    consumerKey: formData.get("consumerKey") ?? "",
  });
  if (!parsed.success) return invalid(parsed.error);
  const error = await connectWithKeys(parsed.data);
  if (error) return error;
  redirect("/");
}

/** No consumer key yet: request one, then send the browser to OVH's validation page. */
async function requestKeyAndValidate(formData: FormData): Promise<ActionState<never>> {
  const parsed = connectRequestSchema.safeParse({
    endpoint: formData.get("endpoint"),
    applicationKey: formData.get("applicationKey") ?? "",
    applicationSecret: formData.get("applicationSecret") ?? "",
    access: formData.get("access"),
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
