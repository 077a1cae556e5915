"use server";

import { redirect } from "next/navigation";
import { type ActionState, failure, invalid } from "@/lib/action-state";
import { connectWithKeys } from "@/lib/connect";
import { connectSchema } from "@/lib/connect-schema";
import { createDemoAccount } from "@/lib/demo-account";
import { emulatorEnabled } from "@/lib/env";

export async function connectAction(_prev: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
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
