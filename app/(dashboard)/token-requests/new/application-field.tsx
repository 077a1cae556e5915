"use client";

import { Input, Label } from "@/components/ui/input";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";

export type ApplicationChoice = "session" | "other";

type Props = {
  choice: ApplicationChoice;
  onChoiceChange: (choice: ApplicationChoice) => void;
  otherKey: string;
  onOtherKeyChange: (value: string) => void;
  sessionKeyMasked: string;
  error?: string;
};

/** Which application the consumer key belongs to: this session's, or another one the tool already has. */
export function ApplicationField({
  choice,
  onChoiceChange,
  otherKey,
  onOtherKeyChange,
  sessionKeyMasked,
  error,
}: Props) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Application</legend>
      <RadioGroup
        name="application"
        value={choice}
        onValueChange={(value) => onChoiceChange(value as ApplicationChoice)}
      >
        <label className="flex items-start gap-2 text-sm">
          <RadioGroupItem value="session" className="mt-0.5" />
          <span>
            This session&apos;s application (<code className="font-mono">{sessionKeyMasked}</code>)
            <span className="block text-xs text-slate-600">
              The dashboard follows the validation and can use the key for this session.
            </span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <RadioGroupItem value="other" className="mt-0.5" />
          <span>
            The tool&apos;s own application
            <span className="block text-xs text-slate-600">
              For a tool with its own application key. The dashboard does not know that application&apos;s secret, so it
              cannot follow the validation.
            </span>
          </span>
        </label>
      </RadioGroup>
      {choice === "other" && (
        <div className="space-y-1 pl-6">
          <Label htmlFor="other-application-key">Other application key</Label>
          <Input
            id="other-application-key"
            value={otherKey}
            onChange={(event) => onOtherKeyChange(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="other-application-key-error"
            aria-invalid={error ? true : undefined}
            className="font-mono"
          />
          <p id="other-application-key-error" aria-live="polite" className="min-h-5 text-sm text-red-700">
            {error ?? ""}
          </p>
        </div>
      )}
    </fieldset>
  );
}
