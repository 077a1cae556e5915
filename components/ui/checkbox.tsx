"use client";

import { Checkbox as RadixCheckbox } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

// Shared by every instance: thousands of table rows render the same two paths.
const tick = <path d="M3.5 8.5l3 3 6-7" />;
const dash = <path d="M4 8h8" />;

/** A Radix checkbox: a button with role="checkbox"; given a `name` inside a form, it also submits a hidden input. */
export function Checkbox({ className, checked, ...props }: ComponentProps<typeof RadixCheckbox.Root>) {
  return (
    <RadixCheckbox.Root
      data-slot="checkbox"
      checked={checked}
      className={cn(
        "peer inline-flex size-4 shrink-0 items-center justify-center rounded-[4px] border border-slate-400 bg-white text-white shadow-xs",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700",
        "data-[state=checked]:border-blue-700 data-[state=checked]:bg-blue-700",
        "data-[state=indeterminate]:border-blue-700 data-[state=indeterminate]:bg-blue-700",
        "disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    >
      <RadixCheckbox.Indicator data-slot="checkbox-indicator" className="flex items-center justify-center">
        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5 fill-none stroke-current stroke-2">
          {checked === "indeterminate" ? dash : tick}
        </svg>
      </RadixCheckbox.Indicator>
    </RadixCheckbox.Root>
  );
}
