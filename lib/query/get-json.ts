import { connectUrlForError, type ErrorCode, readErrorBody } from "@/lib/http/errors";

// The browser's reader of the dashboard's JSON routes: errors arrive in the route frame's one shape,
// and a 401 sends the page to /connect saying why.

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "unknown",
    message: string,
    readonly queryId?: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

export async function getJson<T>(url: string): Promise<T> {
  return readAnswer<T>(await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" }));
}

/** A JSON body to a mutating route (same origin: the proxy and the route frame check Origin). */
export async function sendJson<T>(method: "POST" | "PUT" | "DELETE", url: string, body: unknown): Promise<T> {
  return readAnswer<T>(
    await fetch(url, {
      method,
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    }),
  );
}

async function readAnswer<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = readErrorBody(body);
    if (response.status === 401 && typeof window !== "undefined") {
      window.location.assign(connectUrlForError(error.code));
    }
    throw new ApiRequestError(
      response.status,
      error.code ?? "unknown",
      error.message ?? `HTTP ${response.status}`,
      error.queryId,
    );
  }
  return body as T;
}
