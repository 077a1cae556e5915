import { CopyButton } from "@/components/copy-button";
import { isWebUrl } from "@/lib/http/web-url";
import { StepSection } from "./step-section";

/** Where the account owner validates the request; opened in a new tab so this one keeps the consumer key. */
export function ValidationLink({ url }: { url: string }) {
  const linkable = isWebUrl(url);
  return (
    <StepSection id="validation-title" title={"Validate on OVH"} className="space-y-2">
      <p className="text-sm text-slate-700">
        The account owner signs in on OVH&apos;s page, checks the rules and chooses the validity. It opens in a new tab:
        keep this one open, it updates by itself.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {linkable && (
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex h-10 items-center rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          >
            Open the validation page
          </a>
        )}
        <CopyButton value={url} label="Copy the validation link" size="md" />
      </div>
      <p className="font-mono text-xs break-all text-slate-600">{url}</p>
    </StepSection>
  );
}
