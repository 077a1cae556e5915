import type { APIRequestContext, Page } from "@playwright/test";

// Ground truth for the audit specs: the emulator's own view of an account (applications included),
// and small helpers shared by the overview, credential and application specs.

export type TruthCredential = {
  credentialId: number;
  applicationId: number;
  status: string;
  allowedIPs: string[] | null;
  rules: { method: string; path: string }[];
};
export type TruthApplication = {
  applicationId: number;
  applicationKey: string;
  name: string;
  description: string;
  owned: boolean;
};

export async function truth(request: APIRequestContext, applicationKey: string) {
  const response = await request.get(`/api/ovh-emulator/_emulator/accounts/${applicationKey}`);
  if (!response.ok()) throw new Error(`emulator state failed: ${response.status()}`);
  return (await response.json()) as { credentials: TruthCredential[]; applications: TruthApplication[] };
}

/** Records every alert/confirm/prompt: hostile names must never make one fire. */
export function recordDialogs(page: Page): string[] {
  const fired: string[] = [];
  page.on("dialog", (dialog) => {
    fired.push(dialog.message());
    void dialog.dismiss();
  });
  return fired;
}

export const canWrite = (credential: TruthCredential) => credential.rules.some((rule) => rule.method !== "GET");
