"use client";

import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { type PathSuggestion, suggestPaths } from "@/lib/access-rules/route-catalogue";
import type { HttpMethod } from "@/lib/ovh/models";
import { cn } from "@/lib/ui/cn";

type Props = {
  id: string;
  value: string;
  method: HttpMethod;
  describedBy?: string;
  invalid?: boolean;
  onChange: (value: string) => void;
  onPick: (suggestion: PathSuggestion) => void;
  /** Enter with no suggestion highlighted: the form adds a rule below instead of submitting. */
  onEnter: () => void;
};

/** The Path input with OVH route suggestions (ARIA 1.2 combobox with a listbox popup). */
export function PathCombobox({ id, value, method, describedBy, invalid, onChange, onPick, onEnter }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => (open ? suggestPaths(value, method, 8) : []), [open, value, method]);
  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function pick(suggestion: PathSuggestion) {
    onPick(suggestion);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === "ArrowDown" ? 0 : -1);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is "back in the text": the cycle goes through it like a native autocomplete.
      setActive((current) => {
        const next = current + step;
        if (next >= suggestions.length) return -1;
        return next < -1 ? suggestions.length - 1 : next;
      });
      return;
    }
    if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      const chosen = expanded ? suggestions[active] : undefined;
      if (chosen) pick(chosen);
      else {
        setOpen(false);
        onEnter();
      }
    }
  }

  return (
    <div className="relative">
      <Input
        id={id}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < suggestions.length ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="/me/api/credential"
        className="font-mono"
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Route suggestions"
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-30 mt-1 max-h-80 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg"
      >
        {suggestions.map((suggestion, index) => (
          // Options stay out of the tab order: the input drives them with aria-activedescendant and its own keys.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection happens in the combobox input (ARIA 1.2 pattern)
          <div
            key={suggestion.path}
            tabIndex={-1}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // mousedown would blur the input and close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(suggestion)}
            className={cn(
              "cursor-pointer rounded px-2 py-1.5 text-sm",
              index === active ? "bg-blue-50 text-blue-900" : "hover:bg-slate-50",
            )}
          >
            <span className="block font-mono break-all">{suggestion.rulePath}</span>
            <span className="block text-xs text-slate-500">
              {suggestion.methods.join(", ")}
              {suggestion.widened && (
                <>
                  {" · "}
                  <span className="font-mono">{suggestion.path}</span>: each {"{…}"} becomes *, which widens the rule
                </>
              )}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
