"use client";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label, Select } from "@/components/ui/input";
import { expandRuleRow } from "@/lib/access-rules/builder";
import type { RuleFinding } from "@/lib/access-rules/lint";
import { type HttpMethod, httpMethods } from "@/lib/ovh/enums";
import { FindingList } from "./finding-list";
import type { FormRow } from "./form-row";
import { PathCombobox } from "./path-combobox";

type Props = {
  row: FormRow;
  index: number;
  findings: RuleFinding[];
  onChange: (patch: Partial<FormRow>) => void;
  onRemove: () => void;
  onEnter: () => void;
};

/** One access rule: Method, Path (with suggestions), Recursive, Remove, and what the linter says about it. */
export function RuleRowEditor({ row, index, findings, onChange, onRemove, onEnter }: Props) {
  const id = row.key;
  const findingsId = `${id}-findings`;
  const expanded = row.recursive && row.path.trim() !== "" ? expandRuleRow(row) : [];
  const hasError = findings.some((finding) => finding.level === "error");
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 sm:border-0 sm:p-0" data-testid="rule-row">
      <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] items-start gap-2 sm:grid-cols-[7rem_minmax(0,1fr)_auto_auto]">
        <div className="space-y-1">
          <Label htmlFor={`${id}-method`} className="sm:sr-only">
            Method
          </Label>
          <Select
            id={`${id}-method`}
            value={row.method}
            onChange={(event) => onChange({ method: event.target.value as HttpMethod })}
            className="font-mono"
          >
            {httpMethods.map((method) => (
              <option key={method} value={method}>
                {method}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-path`} className="sm:sr-only">
            Path
          </Label>
          <PathCombobox
            id={`${id}-path`}
            value={row.path}
            method={row.method}
            describedBy={findingsId}
            invalid={hasError}
            onChange={(path) => onChange({ path, widenedFrom: undefined })}
            onPick={(suggestion) =>
              onChange({ path: suggestion.rulePath, widenedFrom: suggestion.widened ? suggestion.path : undefined })
            }
            onEnter={onEnter}
          />
        </div>
        {/* One line under the path on narrow screens; two grid cells of their own from sm up. */}
        <div className="col-span-2 flex items-center justify-between gap-2 sm:contents">
          <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
            <Checkbox
              checked={row.recursive}
              onCheckedChange={(checked) => onChange({ recursive: checked === true })}
            />
            Recursive
          </label>
          <Button variant="ghost" aria-label={`Remove rule ${index + 1}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      <div className="mt-1 space-y-1 sm:pl-[7.5rem]">
        {expanded.length > 1 && (
          <p className="text-xs text-slate-600">
            Grants{" "}
            {expanded.map((rule, i) => (
              <span key={rule.path}>
                {i > 0 && " and "}
                <code className="font-mono break-all">
                  {rule.method} {rule.path}
                </code>
              </span>
            ))}
            .
          </p>
        )}
        {row.widenedFrom && (
          <p className="text-xs text-amber-800">
            <code className="font-mono break-all">{row.widenedFrom}</code>: each {"{…}"} became *, which widens the rule
            to every value. Type a real value instead to narrow it.
          </p>
        )}
        <FindingList id={findingsId} findings={findings} />
      </div>
    </li>
  );
}
