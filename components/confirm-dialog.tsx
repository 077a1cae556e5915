"use client";

import { type ReactNode, useState } from "react";
import { ActionError } from "@/components/action-error";
import { FieldError } from "@/components/field-error";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input, Label } from "@/components/ui/input";
import type { ActionState } from "@/lib/actions/state";

/** The typed-confirmation variant: the destructive button waits until the admin types what `matches` accepts. */
export type TypedConfirmation = {
  id: string;
  label: ReactNode;
  matches: (typed: string) => boolean;
  inputMode?: "numeric";
  hint?: ReactNode;
};

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** What the action will touch, shown above the confirmation. */
  children?: ReactNode;
  /** Why the action is refused here; the dialog then only offers Close. */
  refusal?: ReactNode;
  /** Replaces the form once the action has run (a report); gets the dialog's close. */
  outcome?: (close: () => void) => ReactNode;
  confirmation?: TypedConfirmation;
  confirmLabel: ReactNode;
  pendingLabel?: ReactNode;
  /** True when there is nothing to act on. */
  empty?: boolean;
  pending?: boolean;
  /** Blocks closing beyond `pending`, e.g. while a streamed revocation runs. */
  locked?: boolean;
  state?: ActionState<unknown>;
  onConfirm: (typed: string) => void;
  /** Resets the caller's own state once the dialog closes. */
  onClosed?: () => void;
};

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  refusal,
  outcome,
  pending = false,
  locked = false,
  onClosed,
  ...form
}: Props) {
  function close(next = false) {
    if (next || pending) return;
    onOpenChange(false);
    onClosed?.();
  }

  const report = outcome?.(() => close());
  return (
    <Dialog open={open} onOpenChange={close} locked={pending || locked} title={title} description={description}>
      {report || (
        <div className="space-y-4">
          {children}
          {refusal ? (
            <>
              {refusal}
              <div className="flex justify-end">
                <Button variant="secondary" onClick={() => close()}>
                  Close
                </Button>
              </div>
            </>
          ) : (
            <ConfirmForm {...form} pending={pending} onCancel={() => close()} />
          )}
        </div>
      )}
    </Dialog>
  );
}

type FormProps = Pick<Props, "confirmation" | "confirmLabel" | "pendingLabel" | "empty" | "state" | "onConfirm"> & {
  pending: boolean;
  onCancel: () => void;
};

// Its own component so the typed text lives only while the form is shown: closing the dialog forgets it.
function ConfirmForm({
  confirmation,
  confirmLabel,
  pendingLabel,
  empty,
  state,
  pending,
  onConfirm,
  onCancel,
}: FormProps) {
  const [typed, setTyped] = useState("");
  const confirmed = !confirmation || confirmation.matches(typed);
  const fieldErrors = state?.status === "error" ? state.fieldErrors?.confirmation : undefined;
  // A dialog without a server action (the streamed bulk revocation) has no field error to show.
  const errorId = confirmation && state ? `${confirmation.id}-error` : undefined;
  const ready = confirmed && !empty && !pending;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onConfirm(typed);
      }}
    >
      {confirmation && (
        <div className="space-y-1">
          <Label htmlFor={confirmation.id}>{confirmation.label}</Label>
          <Input
            id={confirmation.id}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            inputMode={confirmation.inputMode}
            aria-describedby={errorId}
            aria-invalid={Boolean(fieldErrors)}
          />
          {errorId && <FieldError id={errorId} errors={fieldErrors} />}
          {confirmation.hint && <p className="text-xs text-slate-500">{confirmation.hint}</p>}
        </div>
      )}
      {state && !(confirmation && state.status === "error" && state.fieldErrors) && <ActionError state={state} />}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={!confirmed || empty || pending}>
          {pending && pendingLabel ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </form>
  );
}
