"use client";

import { CopyButton } from "@/components/copy-button";
import { createTokenLink } from "@/lib/access-rules/create-token-link";
import type { AccessRule } from "@/lib/ovh/models";

type Props = { pageUrl: string; rules: readonly AccessRule[]; endpointLabel: string };

/** Hand-off for a tool that needs its own application: OVH's createToken page, prefilled with the same rules. */
export function CreateTokenCard({ pageUrl, rules, endpointLabel }: Props) {
  const link = rules.length > 0 ? createTokenLink(pageUrl, rules) : null;
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-700">
        For a tool that needs its own application key and secret: OVH&apos;s createToken page on {endpointLabel} creates
        the application and its consumer key together, prefilled with these {rules.length} rule
        {rules.length === 1 ? "" : "s"}. Its secret is then shown only to whoever fills the page in.
      </p>
      {link ? (
        <>
          <p className="max-h-24 overflow-y-auto rounded bg-slate-100 p-2 font-mono text-xs break-all">{link}</p>
          <div className="flex flex-wrap gap-2">
            <a
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex h-8 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-blue-800 hover:bg-slate-50"
            >
              Open the createToken page
            </a>
            <CopyButton value={link} label="Copy the createToken link" />
          </div>
        </>
      ) : (
        <p className="text-slate-600">Add rules to build the link.</p>
      )}
    </div>
  );
}
