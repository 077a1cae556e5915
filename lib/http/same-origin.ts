// Mutating route handlers accept only requests whose Origin is this dashboard (server actions get the
// same check from Next). A missing Origin is refused too: browsers always send it on POST.
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
