import "server-only";
import { Server } from "node:http";
import { isAllowedMethod, METHOD_REFUSAL_MESSAGE, methodRefusalHeaders } from "@/lib/security/allowed-methods";

// TRACE never reaches proxy.ts: Next builds a WHATWG Request for the proxy first, which refuses TRACE
// (a forbidden method), and Next answers 500 with a stack trace and no security headers. So methods
// outside the dashboard's list are answered here, before Next sees the request: the one place that
// can. proxy.ts refuses the same list for methods that do reach it (PROPFIND, LOCK…), with the same
// answer. Node's parser already refuses unknown tokens (400) and CONNECT has its own event.

const PATCHED = Symbol.for("ovh-keys.refuse-unknown-methods");

export function refuseUnknownMethods() {
  const proto = Server.prototype as Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [import("node:http").IncomingMessage, import("node:http").ServerResponse];
      if (!isAllowedMethod(request.method ?? "")) {
        const body = JSON.stringify({ error: { code: "not_allowed:method", message: METHOD_REFUSAL_MESSAGE } });
        response.writeHead(405, { ...methodRefusalHeaders(), "Content-Type": "application/json" });
        response.end(body);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Server["emit"];
}
