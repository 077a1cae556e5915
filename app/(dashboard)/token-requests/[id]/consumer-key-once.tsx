import { CopyButton } from "@/components/copy-button";

/** The one and only display of a new consumer key, right after its request was created. */
export function ConsumerKeyOnce({ consumerKey, keptForSession }: { consumerKey: string; keptForSession: boolean }) {
  return (
    <section
      aria-labelledby="consumer-key-title"
      className="space-y-2 rounded-lg border-2 border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="consumer-key-title" className="text-base font-semibold text-amber-950">
        Consumer key: copy it now
      </h2>
      <p className="text-sm text-amber-950">
        It will not be shown again: reloading or leaving this page forgets it.
        {keptForSession
          ? " The dashboard keeps it only inside its encrypted session cookie, to follow this request."
          : ""}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="consumer-key"
          className="rounded border border-amber-200 bg-white px-2 py-1 font-mono text-sm break-all select-all"
        >
          {consumerKey}
        </code>
        <CopyButton value={consumerKey} label="Copy the consumer key" />
      </div>
    </section>
  );
}
