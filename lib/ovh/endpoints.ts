import { z } from "zod";
import { type ServerEnv, serverEnv } from "@/lib/runtime/env";

// Base URLs are fixed here and chosen by id only, so no user input ever decides which host the
// server calls (no SSRF). The emulator is reachable only when the deployment turns it on.

export const endpointIds = [
  "ovh-eu",
  "ovh-ca",
  "ovh-us",
  "kimsufi-eu",
  "kimsufi-ca",
  "soyoustart-eu",
  "soyoustart-ca",
  "emulator",
] as const;
export const endpointIdSchema = z.enum(endpointIds);
export type EndpointId = z.infer<typeof endpointIdSchema>;
type RealEndpointId = Exclude<EndpointId, "emulator">;

type Env = Pick<ServerEnv, "emulatorEnabled" | "emulatorUrl" | "port">;

const realEndpoints: Record<RealEndpointId, { label: string; origin: string }> = {
  "ovh-eu": { label: "OVHcloud Europe", origin: "https://eu.api.ovh.com" },
  "ovh-ca": { label: "OVHcloud Canada", origin: "https://ca.api.ovh.com" },
  "ovh-us": { label: "OVHcloud US", origin: "https://api.us.ovhcloud.com" },
  "kimsufi-eu": { label: "Kimsufi Europe", origin: "https://eu.api.kimsufi.com" },
  "kimsufi-ca": { label: "Kimsufi Canada", origin: "https://ca.api.kimsufi.com" },
  "soyoustart-eu": { label: "So you Start Europe", origin: "https://eu.api.soyoustart.com" },
  "soyoustart-ca": { label: "So you Start Canada", origin: "https://ca.api.soyoustart.com" },
};

const realEndpointIds = endpointIds.filter((id): id is RealEndpointId => id !== "emulator");

export function endpointLabel(id: EndpointId): string {
  return id === "emulator" ? "Local OVH emulator (demo)" : realEndpoints[id].label;
}

export function availableEndpoints(env: Env = serverEnv()): EndpointId[] {
  return env.emulatorEnabled ? [...realEndpointIds, "emulator"] : [...realEndpointIds];
}

export function endpointBaseUrl(id: EndpointId, env: Env = serverEnv()): string {
  if (id !== "emulator") return `${realEndpoints[id].origin}/1.0`;
  if (!env.emulatorEnabled) throw new Error("The OVH emulator endpoint is not enabled (OVH_EMULATOR is not on).");
  const url = env.emulatorUrl ?? `http://127.0.0.1:${env.port}/api/ovh-emulator/1.0`;
  return url.replace(/\/+$/, "");
}

/** The page where a user creates an application key and a consumer key by hand. */
export function createTokenPageUrl(id: EndpointId, env: Env = serverEnv()): string {
  if (id !== "emulator") return `${realEndpoints[id].origin}/createToken/`;
  return `${new URL(endpointBaseUrl(id, env)).origin}/api/ovh-emulator/createToken/`;
}
