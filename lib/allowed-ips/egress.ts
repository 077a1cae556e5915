import "server-only";
import { parseEgressIps } from "@/lib/allowed-ips/lockout";
import type { SessionFacts } from "@/lib/credentials/changes";
import type { EndpointId } from "@/lib/ovh/endpoints";
import { type ServerEnv, serverEnv } from "@/lib/runtime/env";
import type { SessionInfo } from "@/lib/session/state";

/**
 * The addresses this dashboard calls OVH from, from OVH_KEYS_EGRESS_IPS. The emulator runs inside
 * the dashboard's own process, so for it the caller is loopback unless the setting says otherwise.
 */
export function dashboardEgressIps(endpoint: EndpointId, env: Pick<ServerEnv, "egressIps"> = serverEnv()): string[] {
  const configured = parseEgressIps(env.egressIps);
  if (configured.length > 0) return configured;
  return endpoint === "emulator" ? ["127.0.0.1"] : [];
}

/** What the server-side safety checks need to know about the session. */
export function sessionFacts(
  info: Pick<SessionInfo, "endpoint" | "credentialId">,
  env: Pick<ServerEnv, "egressIps"> = serverEnv(),
): SessionFacts {
  return { currentCredentialId: info.credentialId, egressIps: dashboardEgressIps(info.endpoint, env) };
}
