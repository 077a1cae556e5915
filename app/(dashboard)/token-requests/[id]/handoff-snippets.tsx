"use client";

import { Tabs } from "radix-ui";
import { CopyButton } from "@/components/copy-button";
import { buildHandoff } from "@/lib/token-requests/handoff";
import { StepSection } from "./step-section";

type Props = { endpoint: string; applicationKey: string; consumerKey?: string };

const tabs = [
  { id: "ovh-conf", label: "ovh.conf", what: "ovh.conf (python-ovh, go-ovh)" },
  { id: "env", label: "Environment", what: "the environment variables" },
  { id: "terraform", label: "Terraform", what: "the Terraform provider block" },
] as const;

/** Configuration to paste into the tool; the secret is always a placeholder, the key only while held in memory. */
export function HandoffSnippets({ endpoint, applicationKey, consumerKey }: Props) {
  const handoff = buildHandoff({ endpoint, applicationKey, consumerKey });
  const text = { "ovh-conf": handoff.ovhConf, env: handoff.env, terraform: handoff.terraform };
  return (
    <StepSection id="handoff-title" title={"Hand it over"} className="space-y-2">
      <p className="text-sm text-slate-700">
        Paste one of these into the tool. Replace <code className="font-mono">&lt;your application secret&gt;</code>{" "}
        yourself: the dashboard never shows a secret.
      </p>
      {handoff.notes.map((note) => (
        <p key={note} className="text-sm text-amber-800">
          {note}
        </p>
      ))}
      <Tabs.Root defaultValue="ovh-conf">
        <Tabs.List aria-label="Configuration format" className="flex gap-1 border-b border-slate-200">
          {tabs.map((tab) => (
            <Tabs.Trigger
              key={tab.id}
              value={tab.id}
              className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 data-[state=active]:border-blue-700 data-[state=active]:text-blue-800"
            >
              {tab.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Content key={tab.id} value={tab.id} className="space-y-2 pt-3">
            <pre
              data-testid={`handoff-${tab.id}`}
              className="max-h-80 overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-5 text-slate-100"
            >
              {text[tab.id]}
            </pre>
            <CopyButton value={text[tab.id]} label={`Copy ${tab.what}`} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </StepSection>
  );
}
