import { asciiJson } from "@/lib/http/ascii-json";
import { loadAuditWire } from "@/lib/inventory/load";
import { createOvhClient, type OvhClient } from "@/lib/ovh/client";
import { getCurrentCredential } from "@/lib/ovh/credentials";
import type { EmulatorControl } from "@/lib/ovh-emulator/control-client";

// The server-memory scenario, run inside its own process: `sessions` signed-in sessions, each on
// its own account of `n` credentials, load the audit snapshot at the same time and serialise it as
// GET /api/credentials does, while the process's resident memory is sampled every 50 ms.

export type MemoryResult = {
  sessions: number;
  n: number;
  latencyMs: number;
  /** RSS once everything is loaded and warmed up, before the sessions start. */
  baselineRssMb: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
  durationMs: number;
  responseMb: number;
  correct: boolean;
};

const MB = 1024 * 1024;
const shape = { credentials: 0, expiredRatio: 0.3, applications: 8, foreignApplications: 2 };

export async function measureConcurrentSessions(
  control: EmulatorControl,
  options: { sessions: number; n: number; latencyMs: number },
): Promise<MemoryResult> {
  const { sessions, n, latencyMs } = options;
  const accounts = [];
  for (let i = 0; i < sessions; i++) {
    accounts.push(await control.createAccount({ ...shape, seed: `memory-${i}`, credentials: n, knobs: { latencyMs } }));
  }
  const clients = accounts.map((account) =>
    createOvhClient({
      baseUrl: control.endpoint,
      appKey: account.applicationKey,
      appSecret: account.applicationSecret,
      consumerKey: account.consumerKey,
    }),
  );
  const current = await Promise.all(clients.map(async (ovh) => (await getCurrentCredential(ovh)).credentialId));
  // One session alone first, so code paths are compiled and batch support is known, as in a running server.
  await respond(clients[0], current[0]);
  (globalThis as { gc?: () => void }).gc?.();

  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  const responses = await Promise.all(clients.map((ovh, i) => respond(ovh, current[i])));
  const durationMs = performance.now() - started;
  sample();
  clearInterval(timer);
  for (const account of accounts) await control.removeAccount(account);

  return {
    sessions,
    n,
    latencyMs,
    baselineRssMb: Math.round(baseline.rss / MB),
    peakRssMb: Math.round(peakRss / MB),
    peakHeapUsedMb: Math.round(peakHeap / MB),
    durationMs: Math.round(durationMs),
    responseMb: Number(((responses[0]?.bytes ?? 0) / MB).toFixed(1)),
    correct: responses.every((response) => response.credentials === n),
  };
}

/**
 * What GET /api/credentials does for one session: the payload, then its JSON body as bytes for the
 * socket. The body is dropped once counted, as a server drops it once written.
 */
async function respond(ovh: OvhClient | undefined, currentCredentialId: number | undefined) {
  if (!ovh || currentCredentialId === undefined) throw new Error("no session");
  const payload = await loadAuditWire(ovh, { currentCredentialId });
  const body = Buffer.from(asciiJson(payload));
  return { bytes: body.length, credentials: payload.credentials.length };
}
