"use client";

import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Button, type ButtonProps } from "@/components/ui/button";

type Props = Omit<ButtonProps, "onClick" | "value"> & {
  value: string;
  /** Accessible name, e.g. "Copy the consumer key". */
  label: string;
};

/** Copies `value` to the clipboard; says so in place (and to screen readers) for two seconds. */
export function CopyButton({ value, label, variant = "secondary", size = "sm", ...props }: Props) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      toast.error("The browser did not allow copying. Select the text and copy it by hand.");
    }
  }

  return (
    <Button variant={variant} size={size} aria-label={label} onClick={copy} {...props}>
      <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
    </Button>
  );
}
