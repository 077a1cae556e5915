import "server-only";
import { serverEnv } from "@/lib/runtime/env";

// One line per OVH call: method, route template, status, duration and query id. Route templates carry
// no ids and the client never hands this function a header, so no secret can reach the log.
export function logOvhCall(entry: {
  method: string;
  route: string;
  status: number | string;
  durationMs: number;
  queryId?: string;
  attempt?: number;
}) {
  if (!serverEnv().logOvhCalls) return;
  const retry = entry.attempt && entry.attempt > 1 ? ` attempt=${entry.attempt}` : "";
  console.log(
    `ovh ${entry.method} ${entry.route} ${entry.status} ${Math.round(entry.durationMs)}ms${entry.queryId ? ` qid=${entry.queryId}` : ""}${retry}`,
  );
}
