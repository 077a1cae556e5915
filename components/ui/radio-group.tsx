"use client";

import { RadioGroup as RadixRadioGroup } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

/** A Radix radio group: arrow keys move between items; given a `name` inside a form, it submits the chosen value. */
export function RadioGroup({ className, ...props }: ComponentProps<typeof RadixRadioGroup.Root>) {
  return <RadixRadioGroup.Root data-slot="radio-group" className={cn("grid gap-2", className)} {...props} />;
}

export function RadioGroupItem({ className, ...props }: ComponentProps<typeof RadixRadioGroup.Item>) {
  return (
    <RadixRadioGroup.Item
      data-slot="radio-group-item"
      className={cn(
        "peer inline-flex size-4 shrink-0 items-center justify-center rounded-full border border-slate-400 bg-white shadow-xs",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700",
        "data-[state=checked]:border-blue-700",
        "disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    >
      <RadixRadioGroup.Indicator data-slot="radio-group-indicator" className="size-2 rounded-full bg-blue-700" />
    </RadixRadioGroup.Item>
  );
}
