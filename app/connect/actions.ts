"use server";

import { redirect } from "next/navigation";
import { formDataArg, formFields, unreadableForm } from "@/lib/action-input";
import { type ActionState, failure, invalid } from "@/lib/action-state";
import { connectWithKeys } from "@/lib/connect";
import { connectSchema } from "@/lib/connect-schema";
import { createDemoAccount } from "@/lib/demo-account";
import { emulatorEnabled } from "@/lib/env";

export async function connectAction(_prev: unknown, formData: unknown): Promise<ActionState<never>> {
  const form = formDataArg(formData);
  if (!form) return unreadableForm();
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
