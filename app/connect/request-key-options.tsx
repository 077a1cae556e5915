"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { dashboardOptionalRules, dashboardRequiredRules } from "@/lib/access-rules/templates";
import type { ConnectAccessChoice } from "@/lib/connect/rules";

/** Which rules "connect without a consumer key" asks for: the dashboard's own by default, full access explicitly. */
export function RequestKeyOptions() {
  const [access, setAccess] = useState<ConnectAccessChoice>("ovh-keys");
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Rules to request</legend>
      <RadioGroup name="access" value={access} onValueChange={(value) => setAccess(value as ConnectAccessChoice)}>
        <label className="flex items-start gap-2 text-sm">
          <RadioGroupItem value="ovh-keys" className="mt-0.5" />
          <span>
            Only what ovh-keys needs (recommended)
            <span className="block text-xs text-slate-600">
              Read API credentials and applications, and revoke them.
            </span>
          </span>
        </label>
        {access === "ovh-keys" && (
          <div className="space-y-2 pl-6">
            <details className="text-xs text-slate-600">
              <summary className="cursor-pointer">The rules</summary>
              <ul className="mt-1 font-mono">
                {dashboardRequiredRules.map((rule) => (
                  <li key={`${rule.method} ${rule.path}`}>
                    {rule.method} {rule.path}
                  </li>
                ))}
              </ul>
            </details>
            <label className="flex items-start gap-2 text-sm">
              <Checkbox name="allowIpEdits" className="mt-0.5" />
              <span>
                Also allow editing allowed IPs{" "}
                <code className="font-mono text-xs">
                  {dashboardOptionalRules.map((rule) => `${rule.method} ${rule.path}`).join(", ")}
                </code>
              </span>
            </label>
          </div>
        )}
        <label className="flex items-start gap-2 text-sm">
          <RadioGroupItem value="full-access" className="mt-0.5" />
          <span>Full access to the account</span>
        </label>
        {access === "full-access" && (
          <Alert tone="warning">
            A full-access key can order and pay for services, delete servers and create new keys. The dashboard does not
            need it; choose it only if you know why, and give it a short validity on OVH&apos;s page.
          </Alert>
        )}
      </RadioGroup>
    </fieldset>
  );
}
