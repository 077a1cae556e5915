// Checks one rule path as typed. Messages never quote the path: it may hold bidirectional or
// invisible characters that would make the message itself misleading.

export type FindingLevel = "error" | "warning" | "info";
export type PathProblem = { level: FindingLevel; code: string; message: string };

export const maxPathLength = 512;

const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const controlOrInvisible = /[\p{Cc}\p{Cf}]/u;
const whitespace = /\s/u;
const placeholder = /\{[A-Za-z0-9_.-]*\}/g;
// RFC 3986 path characters plus `*`; whatever else is reported by a more specific check or as invalid.
const pathCharacter = /[A-Za-z0-9\-._~!$&'()*+,;=:@/%]/;
const specificallyReported = /[\s\p{Cc}\p{Cf}?#{}]/u;

// Only the ASCII range: higher bytes are UTF-8 fragments, not characters of their own.
function decodePercents(path: string): string {
  return path.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export function checkRulePath(raw: string): PathProblem[] {
  const problems: PathProblem[] = [];
  const add = (level: FindingLevel, code: string, message: string) => problems.push({ level, code, message });

  if (raw.trim() === "") {
    add("error", "empty-path", "The path is empty; enter an API path such as /me.");
    return problems;
  }
  if (raw.length > maxPathLength) {
    add("error", "path-too-long", `The path is longer than ${maxPathLength} characters; use * to shorten it.`);
  }
  if (raw !== "*" && !raw.startsWith("/")) {
    add("error", "missing-leading-slash", "The path must start with / (only a bare * may stand alone).");
  }

  const decoded = decodePercents(raw);
  if (bidiControls.test(decoded)) {
    add("error", "bidi-control", "The path contains bidirectional text controls that can disguise what it grants.");
  }
  if (whitespace.test(raw)) {
    add("error", "whitespace", "The path contains spaces or line breaks, which no API path has.");
  }
  const unspaced = decodePercents(raw.replace(/\s/gu, ""));
  if ([...unspaced].some((c) => controlOrInvisible.test(c) && !bidiControls.test(c))) {
    add("error", "control-character", "The path contains control or invisible characters.");
  }
  if (/%(?![0-9A-Fa-f]{2})/.test(raw)) {
    add("error", "bad-percent-encoding", "The path has a % that is not followed by two hexadecimal digits.");
  }
  if (/%(2f|5c)/i.test(raw)) {
    add("error", "encoded-slash", "Encoded slashes (%2F) are ambiguous in a rule; put * in place of that value.");
  }
  if (decoded.split("/").some((segment) => segment === "." || segment === "..")) {
    add("error", "dot-segment", "The path contains . or .. segments, which rules cannot use to move between paths.");
  }
  if (raw.includes("?")) {
    add("error", "query-string", "Rules match paths only; remove the query string starting at ?.");
  }
  if (raw.includes("#")) {
    add("error", "fragment", "Rules match paths only; remove the fragment starting at #.");
  }
  const withoutPlaceholders = raw.replace(placeholder, "");
  if ([...withoutPlaceholders].some((c) => !pathCharacter.test(c) && !specificallyReported.test(c))) {
    add(
      "error",
      "invalid-character",
      'The path contains characters API paths never use, such as < > " \\ or non-ASCII.',
    );
  } else if (/[{}]/.test(withoutPlaceholders)) {
    add("error", "invalid-character", "The path has an unmatched { or }.");
  }
  if (raw.includes("//")) {
    add("warning", "empty-segment", "The path has an empty segment (//), which no API call uses.");
  }
  const names = [...raw.matchAll(placeholder)].map((m) => m[0]);
  if (names.length > 0) {
    add("warning", "placeholder", `Replace ${names.join(", ")} with a real value, or with * to allow every value.`);
  }
  return problems;
}
