"use client";

import { DropdownMenu } from "radix-ui";
import { cn } from "@/lib/ui/cn";

type Option<T extends string> = { value: T; label: string; count?: number };

type Props<T extends string> = {
  label: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
};

/** A keyboard-friendly checkbox menu (Radix DropdownMenu) for filters and column visibility. */
export function MultiSelectMenu<T extends string>({ label, options, selected, onChange }: Props<T>) {
  const toggle = (value: T, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className={cn(
          "inline-flex h-9 items-center gap-2 rounded-md border px-3 text-sm font-medium",
          selected.length > 0 ? "border-blue-300 bg-blue-50 text-blue-900" : "border-slate-300 bg-white text-slate-700",
          "hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700",
        )}
      >
        {label}
        {selected.length > 0 && (
          <span className="rounded-full bg-blue-700 px-1.5 text-xs text-white">{selected.length}</span>
        )}
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="z-30 max-h-96 min-w-56 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          {options.map((option) => (
            <DropdownMenu.CheckboxItem
              key={option.value}
              checked={selected.includes(option.value)}
              onCheckedChange={(on) => toggle(option.value, on === true)}
              onSelect={(event) => event.preventDefault()}
              className="flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none select-none data-[highlighted]:bg-slate-100"
            >
              <span className="flex size-4 items-center justify-center rounded border border-slate-400 text-xs">
                <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
              </span>
              <span className="flex-1">{option.label}</span>
              {option.count !== undefined && <span className="text-xs text-slate-500">{option.count}</span>}
            </DropdownMenu.CheckboxItem>
          ))}
          {selected.length > 0 && (
            <>
              <DropdownMenu.Separator className="my-1 h-px bg-slate-100" />
              <DropdownMenu.Item
                onSelect={() => onChange([])}
                className="rounded px-2 py-1.5 text-sm text-blue-800 outline-none data-[highlighted]:bg-slate-100"
              >
                Clear
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
