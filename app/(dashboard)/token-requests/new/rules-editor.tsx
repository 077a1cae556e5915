"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { RuleFinding } from "@/lib/access-rules/lint";
import { maxRules } from "@/lib/access-rules/lint";
import { type FormRow, newFormRow } from "./form-row";
import { RuleRowEditor } from "./rule-row-editor";

type Props = {
  rows: FormRow[];
  onRowsChange: (rows: FormRow[]) => void;
  findings: RuleFinding[];
};

/** The rows of access rules, added and removed with the keyboard; focus follows the change. */
export function RulesEditor({ rows, onRowsChange, findings }: Props) {
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function insertAfter(index: number) {
    const row = newFormRow({ method: rows[index]?.method ?? "GET" });
    onRowsChange([...rows.slice(0, index + 1), row, ...rows.slice(index + 1)]);
    setFocusTarget(`${row.key}-path`);
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    onRowsChange(next);
    const neighbour = next[index] ?? next[index - 1];
    setFocusTarget(neighbour ? `${neighbour.key}-path` : "add-rule");
  }

  function update(index: number, patch: Partial<FormRow>) {
    onRowsChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  return (
    <div className="space-y-3">
      <div
        aria-hidden="true"
        className="hidden grid-cols-[7rem_minmax(0,1fr)_auto_auto] gap-2 text-xs font-medium text-slate-600 sm:grid"
      >
        <span>Method</span>
        <span>Path</span>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          No rules yet. Add one, or start from a template above.
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Access rules">
          {rows.map((row, index) => (
            <RuleRowEditor
              key={row.key}
              row={row}
              index={index}
              findings={findings.filter((finding) => finding.ruleIndex === index)}
              onChange={(patch) => update(index, patch)}
              onRemove={() => remove(index)}
              onEnter={() => insertAfter(index)}
            />
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          id="add-rule"
          variant="secondary"
          size="sm"
          disabled={rows.length >= maxRules}
          onClick={() => insertAfter(rows.length - 1)}
        >
          Add a rule
        </Button>
        <p className="text-xs text-slate-500">
          Enter in a path adds a rule below it. Arrow keys browse the suggested OVH routes.
        </p>
      </div>
    </div>
  );
}
