import { apiError, bodyErrorCode, type ErrorCode } from "@/lib/http/errors";
import { crossSiteRefusal, isMutating } from "@/lib/http/same-origin";
import { checkActionForm, checkReplyModel, type PayloadProblem } from "./action-payload";

// The proxy's gate for every request that can change something: it must come from the dashboard's own
// pages (Origin), be of a sane size, and, for server actions, be a payload React can decode into plain
// arguments. Route handlers and actions still validate their own input; this turns what would reach
// them as a crash (Next answers 500 for an undecodable action call) into a 4xx with a message.

/** Next's own limit for server actions; route handlers set lower ones. */
export const MAX_MUTATION_BODY_BYTES = 1024 * 1024;

/** The emulated OVH API is a third-party API for its callers (SDKs send no Origin); it guards itself. */
export function isEmulatorPath(pathname: string): boolean {
  return pathname === "/api/ovh-emulator" || pathname.startsWith("/api/ovh-emulator/");
}

// A response the proxy builds itself is not promised next.config's headers, so its refusals carry nosniff.
const PROXY_HEADERS = { "X-Content-Type-Options": "nosniff" };

const refusal = (code: ErrorCode, message: string) => apiError(code, message, { headers: PROXY_HEADERS });

const fromProblem = (problem: PayloadProblem) => refusal(bodyErrorCode(problem.status), problem.message);

export async function guardRequest(request: Request): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  // Next answers a bare 500 when a dynamic segment cannot be decoded (%E0%A4%A): refuse it first.
  if (!isDecodable(pathname)) return refusal("bad_request:path", "This address is malformed.");
  if (!isMutating(request.method)) return null;
  if (isEmulatorPath(pathname)) return null;
  const crossSite = crossSiteRefusal(request, PROXY_HEADERS);
  if (crossSite) return crossSite;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > MAX_MUTATION_BODY_BYTES) return fromProblem(tooLarge);
  const isAction = request.headers.has("next-action");
  if (!isAction) return (await bodySize(request)) > MAX_MUTATION_BODY_BYTES ? fromProblem(tooLarge) : null;
  return checkActionCall(request);
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const tooLarge: PayloadProblem = { status: 413, message: "The request body is too large." };

async function bodySize(request: Request): Promise<number> {
  try {
    return (await request.clone().arrayBuffer()).byteLength;
  } catch {
    return 0;
  }
}

async function checkActionCall(request: Request): Promise<Response | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    if ((await bodySize(request)) > MAX_MUTATION_BODY_BYTES) return fromProblem(tooLarge);
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return fromProblem({ status: 400, message: "The request body is not a valid form." });
    }
    const problem = checkActionForm(form.entries());
    return problem ? fromProblem(problem) : null;
  }
  if (type === "" || type.startsWith("text/plain")) {
    let text: string;
    try {
      text = await request.clone().text();
    } catch {
      return fromProblem({ status: 400, message: "The request body could not be read." });
    }
    if (new TextEncoder().encode(text).byteLength > MAX_MUTATION_BODY_BYTES) return fromProblem(tooLarge);
    const problem = checkReplyModel(text, { root: true });
    return problem ? fromProblem(problem) : null;
  }
  return fromProblem({ status: 400, message: "A server action call must be sent as text or a form." });
}
