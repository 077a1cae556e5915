"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input, Label } from "@/components/ui/input";
import type { RuleRow } from "@/lib/access-rules/builder";
import { applyZone, type RuleTemplate, ruleTemplates } from "@/lib/access-rules/templates";

type Props = { onApply: (rows: RuleRow[], template: RuleTemplate) => void };

/** Starting points for the rules; applying one replaces the rows, which stay editable. */
export function TemplatePicker({ onApply }: Props) {
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      {ruleTemplates.map((template) => (
        <TemplateCard key={template.id} template={template} onApply={onApply} />
      ))}
    </ul>
  );
}

function TemplateCard({ template, onApply }: { template: RuleTemplate } & Props) {
  const [zone, setZone] = useState("");
  const [zoneError, setZoneError] = useState<string | null>(null);
  const [withOptional, setWithOptional] = useState(false);
  const id = `template-${template.id}`;

  function apply() {
    let chosen = template;
    if (template.zoneParameter && zone.trim() !== "") {
      const narrowed = applyZone(template, zone);
      if (!narrowed.ok) {
        setZoneError(narrowed.error);
        return;
      }
      chosen = narrowed.template;
    }
    setZoneError(null);
    onApply([...chosen.rows, ...(withOptional ? (chosen.optionalRows ?? []) : [])], chosen);
  }

  return (
    <li className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
      <h3 className="text-sm font-semibold">{template.name}</h3>
      <p className="text-xs text-slate-600">{template.description}</p>
      {template.warning && <p className="text-xs font-medium text-amber-800">{template.warning}</p>}
      {template.zoneParameter && (
        <div className="space-y-1">
          <Label htmlFor={`${id}-zone`} className="text-xs">
            {template.zoneParameter.label} (optional)
          </Label>
          <Input
            id={`${id}-zone`}
            value={zone}
            onChange={(event) => setZone(event.target.value)}
            placeholder={template.zoneParameter.example}
            aria-describedby={`${id}-zone-error`}
            aria-invalid={zoneError ? true : undefined}
            className="h-8 font-mono"
          />
          <p id={`${id}-zone-error`} className="text-xs text-red-700" aria-live="polite">
            {zoneError ?? ""}
          </p>
        </div>
      )}
      {template.optionalRows && template.optionalRows.length > 0 && (
        <label className="flex items-start gap-2 text-xs text-slate-700">
          <Checkbox
            checked={withOptional}
            onCheckedChange={(checked) => setWithOptional(checked === true)}
            className="mt-0.5"
          />
          <span>
            Also allow{" "}
            {template.optionalRows.map((row) => (
              <code key={`${row.method} ${row.path}`} className="font-mono">
                {row.method} {row.path}
              </code>
            ))}{" "}
            (to edit IP restrictions of credentials)
          </span>
        </label>
      )}
      <Button
        variant="secondary"
        size="sm"
        className="mt-auto self-start"
        aria-label={`Apply the ${template.name} template`}
        onClick={apply}
      >
        Apply
      </Button>
    </li>
  );
}
