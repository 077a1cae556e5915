"use client";

import { Input, Label } from "@/components/ui/input";

type Props = { value: string; onChange: (value: string) => void; error?: string };

export function RedirectionField({ value, onChange, error }: Props) {
  return (
    <div className="space-y-1">
      <Label htmlFor="redirection">Redirection URL</Label>
      <Input
        id="redirection"
        type="url"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="Default: this request's status page"
        spellCheck={false}
        aria-describedby="redirection-hint redirection-error"
        aria-invalid={error ? true : undefined}
      />
      <p id="redirection-hint" className="text-xs text-slate-600">
        Where OVH sends the browser after validation (http or https). Leave it empty to come back here and follow the
        request.
      </p>
      <p id="redirection-error" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error ?? ""}
      </p>
    </div>
  );
}
