import { apiError, bodyErrorCode, type ErrorCode } from "@/lib/http/errors";
import { crossSiteRefusal, isMutating } from "@/lib/http/same-origin";
import { checkActionForm, checkReplyModel, type PayloadProblem } from "./action-payload";
import { isAllowedMethod, METHOD_REFUSAL_MESSAGE, methodRefusalHeaders } from "./allowed-methods";
import { checkFormActionPost, MAX_FORM_PARTS, namesAnAction } from "./form-action-payload";
import { hasKeyLikeParameter } from "./key-like-query";

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
  const { pathname, searchParams } = new URL(request.url);
  if (!isAllowedMethod(request.method)) return methodRefusal();
  // Next answers a bare 500 when a dynamic segment cannot be decoded (%E0%A4%A): refuse it first.
  if (!isDecodable(pathname)) return refusal("bad_request:path", "This address is malformed.");
  // The emulated OVH API guards itself (its routes take OVH's own query parameters).
  if (isEmulatorPath(pathname)) return null;
  if (!isMutating(request.method))
    return hasKeyLikeParameter(searchParams) ? dropQuery(new URL(pathname, request.url)) : null;
  const crossSite = crossSiteRefusal(request, PROXY_HEADERS);
  if (crossSite) return crossSite;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > MAX_MUTATION_BODY_BYTES) return fromProblem(tooLarge);
  if (request.headers.has("next-action")) return checkActionCall(request);
  if ((await bodySize(request)) > MAX_MUTATION_BODY_BYTES) return fromProblem(tooLarge);
  return checkFormPost(request);
}

/** 405 with the methods the dashboard answers (the proxy builds it, so it carries every security header). */
function methodRefusal(): Response {
  return apiError("not_allowed:method", METHOD_REFUSAL_MESSAGE, { headers: methodRefusalHeaders() });
}

/**
 * 303 to the same path without its query, and no body: nothing of the query is ever echoed. The proxy
 * must give an absolute URL; Next sends it as a relative one when it is this site's.
 */
function dropQuery(target: URL): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: target.href, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", ...PROXY_HEADERS },
  });
}

/**
 * A form post without the Next-Action header: what a page's form sends before hydration. Next runs a
 * multipart one as a server action when it names one ($ACTION_ fields), and renders the page for an
 * urlencoded one (it does not run those), so a multipart post is checked like React would have written
 * it and an urlencoded one naming an action is refused rather than silently rendered.
 */
async function checkFormPost(request: Request): Promise<Response | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && !type.startsWith("application/x-www-form-urlencoded")) return null;
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return fromProblem({ status: 400, message: "The request body is not a valid form." });
  }
  if (!multipart) {
    return namesAnAction(form.keys())
      ? fromProblem({ status: 400, message: "A server action is never sent as an urlencoded form." })
      : null;
  }
  if (!namesAnAction(form.keys())) {
    return countParts(form) > MAX_FORM_PARTS
      ? fromProblem({ status: 400, message: "The form has too many fields." })
      : null;
  }
  const problem = checkFormActionPost(form.entries());
  return problem ? fromProblem(problem) : null;
}

function countParts(form: FormData): number {
  let parts = 0;
  for (const _ of form.keys()) parts++;
  return parts;
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
