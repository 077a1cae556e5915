import type { RuleFinding } from "@/lib/access-rules/lint";
import { parseIpList } from "@/lib/allowed-ips/ip-blocks";
import { isWebUrl } from "@/lib/http/web-url";

// The first thing that stops the token-request form from being sent, checked in the browser before
// the server action (which checks all of it again). `field` names what to focus.

export type FormProblem = {
  message: string;
  field: "rules" | "allowed-ips" | "redirection" | "other-application-key";
  /** For rule errors: the row to focus. */
  ruleIndex?: number;
};

export type FormValues = {
  findings: readonly RuleFinding[];
  allowedIPs: string;
  redirection: string;
  otherApplicationKey?: string;
};

export function firstFormProblem(values: FormValues): FormProblem | null {
  const ruleError = values.findings.find((finding) => finding.level === "error");
  if (ruleError) {
    return { field: "rules", message: `Fix the rules first: ${ruleError.message}`, ruleIndex: ruleError.ruleIndex };
  }
  if (parseIpList(values.allowedIPs).errors.length > 0) {
    return { field: "allowed-ips", message: "Fix the allowed IPs first." };
  }
  if (values.redirection.trim() !== "" && !isWebUrl(values.redirection.trim())) {
    return { field: "redirection", message: "The redirection must be an http:// or https:// URL, or empty." };
  }
  if (values.otherApplicationKey !== undefined && values.otherApplicationKey.trim() === "") {
    return {
      field: "other-application-key",
      message: "Enter the other application key, or use this session's application.",
    };
  }
  return null;
}
