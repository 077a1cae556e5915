import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs",
        "placeholder:text-slate-400 focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30",
        "aria-invalid:border-red-500 aria-invalid:focus:outline-red-500/30 disabled:bg-slate-100",
        className,
      )}
      {...props}
    />
  );
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={cn(
        "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs",
        "focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30 aria-invalid:border-red-500",
        className,
      )}
      {...props}
    />
  );
}

export function Label({ className, ...props }: ComponentProps<"label">) {
  // biome-ignore lint/a11y/noLabelWithoutControl: callers pass htmlFor
  return <label className={cn("block text-sm font-medium text-slate-800", className)} {...props} />;
}
