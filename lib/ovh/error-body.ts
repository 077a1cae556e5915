import { z } from "zod";

// OVH error bodies come in two generations: legacy `{errorCode, httpCode, message}` and IAM-era
// `{class, message, details}`, sometimes both. Proxies may answer with HTML or plain text.

const maxRawLength = 300;

const errorBodySchema = z.looseObject({
  message: z.string().optional(),
  errorCode: z.string().optional(),
  class: z.string().optional(),
  details: z.unknown().optional(),
});

export type ParsedErrorBody = { message: string; errorCode?: string; errorClass?: string; details?: unknown };

export function parseErrorBody(text: string, status: number, statusText = ""): ParsedErrorBody {
  const fallback = text.trim() === "" ? `HTTP ${status}${statusText ? ` ${statusText}` : ""}` : truncate(text.trim());
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { message: fallback };
  }
  const body = errorBodySchema.safeParse(json);
  if (!body.success) return { message: fallback };
  const { message, errorCode, class: errorClass, details } = body.data;
  return {
    message: message ? truncate(message) : fallback,
    ...(errorCode ? { errorCode } : {}),
    ...(errorClass ? { errorClass } : {}),
    ...(details !== undefined && details !== null ? { details } : {}),
  };
}

function truncate(text: string): string {
  return text.length > maxRawLength ? `${text.slice(0, maxRawLength)}…` : text;
}
