import type { OvhClient } from "./client";
import { type Account, accountSchema } from "./models";

export function getAccount(ovh: OvhClient): Promise<Account> {
  return ovh.get("/me", { schema: accountSchema });
}
