"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useActionState, useEffect, useMemo, useState, useTransition } from "react";
import { toast } from "sonner";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { expandRuleRows, type RuleRow } from "@/lib/access-rules/builder";
import { lintRules } from "@/lib/access-rules/lint";
import type { RuleTemplate } from "@/lib/access-rules/templates";
import { type ActionState, idle } from "@/lib/actions/state";
import { isWebUrl } from "@/lib/http/web-url";
import type { CreatedTokenRequest } from "@/lib/token-requests/create-input";
import { firstFormProblem } from "@/lib/token-requests/form-problem";
import { holdConsumerKey } from "@/lib/token-requests/one-time-consumer-keys";
import { useHydrated } from "@/lib/ui/use-hydrated";
import { createTokenRequestAction } from "../actions";
import { CreateTokenCard } from "../create-token-card";
import { AllowedIpsField } from "./allowed-ips-field";
import { type ApplicationChoice, ApplicationField } from "./application-field";
import { type FormRow, newFormRow, toRuleRow } from "./form-row";
import { RedirectionField } from "./redirection-field";
import { RuleCheck } from "./rule-check";
import { RulesEditor } from "./rules-editor";
import { TemplatePicker } from "./template-picker";
import { ValidityGuidance } from "./validity-guidance";

type Props = {
  sessionKeyMasked: string;
  createTokenPageUrl: string;
  endpointLabel: string;
  initial: { rows: RuleRow[]; allowedIPs: string; replaces?: number };
};

export function TokenRequestForm({ sessionKeyMasked, createTokenPageUrl, endpointLabel, initial }: Props) {
  const router = useRouter();
  const [rows, setRows] = useState<FormRow[]>(() =>
    initial.rows.length > 0 ? initial.rows.map((row) => newFormRow(row)) : [newFormRow()],
  );
  const [allowedIPs, setAllowedIPs] = useState(initial.allowedIPs);
  const [redirection, setRedirection] = useState("");
  const [application, setApplication] = useState<ApplicationChoice>("session");
  const [otherKey, setOtherKey] = useState("");
  const [template, setTemplate] = useState<RuleTemplate | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  // An empty path is only worth an error once the admin tries to send the form.
  const [attempted, setAttempted] = useState(false);
  const [state, submit, pending] = useActionState<ActionState<CreatedTokenRequest>, unknown>(
    createTokenRequestAction,
    idle,
  );
  const [, startTransition] = useTransition();
  const ruleRows = useMemo(() => rows.map(toRuleRow), [rows]);
  const findings = useMemo(() => lintRules(ruleRows), [ruleRows]);
  const shownFindings = useMemo(
    () => (attempted ? findings : findings.filter((finding) => finding.code !== "empty-path")),
    [findings, attempted],
  );
  const fieldErrors = state.status === "error" ? state.fieldErrors : undefined;

  // The consumer key goes from the action's answer into this tab's memory only, then to its status page.
  useEffect(() => {
    if (state.status !== "ok") return;
    holdConsumerKey(state.data.id, state.data.consumerKey);
    router.push(`/token-requests/${state.data.id}`);
  }, [state, router]);

  function applyTemplate(templateRows: RuleRow[], chosen: RuleTemplate) {
    const previous = rows;
    setRows(templateRows.map((row) => newFormRow(row)));
    setTemplate(chosen);
    toast.success(`Applied “${chosen.name}”. Edit the rules below as needed.`, {
      action: { label: "Undo", onClick: () => setRows(previous) },
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const problem = firstFormProblem({
      findings,
      allowedIPs,
      redirection,
      otherApplicationKey: application === "other" ? otherKey : undefined,
    });
    setClientError(problem?.message ?? null);
    if (problem) {
      const row = problem.ruleIndex === undefined ? undefined : rows[problem.ruleIndex];
      const focus = problem.field === "rules" ? (row ? `${row.key}-path` : "add-rule") : problem.field;
      document.getElementById(focus)?.focus();
      return;
    }
    startTransition(() =>
      submit({
        rows: ruleRows,
        allowedIPs,
        redirection,
        applicationKey: application === "other" ? otherKey : "",
        replaces: initial.replaces,
      }),
    );
  }

  const redirectionError =
    redirection.trim() !== "" && !isWebUrl(redirection.trim())
      ? "Enter an http:// or https:// URL, or leave it empty."
      : fieldErrors?.redirection?.[0];
  const busy = pending || state.status === "ok";
  const hydrated = useHydrated();

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New token request">
      <Card>
        {/* When replacing, the prefilled rules come first and templates are one click away. */}
        <details open={initial.replaces === undefined} className="group">
          <summary className="cursor-pointer list-none px-5 py-4 [&::-webkit-details-marker]:hidden">
            <h2 className="text-base font-semibold">
              <span aria-hidden="true" className="mr-1 inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              Start from a template
            </h2>
            <span className="block text-sm text-slate-600">
              Applying one replaces the rules below; every rule stays editable.
            </span>
          </summary>
          <CardBody className="border-t border-slate-100">
            <TemplatePicker onApply={applyTemplate} />
          </CardBody>
        </details>
      </Card>

      <Card>
        <CardHeader>
          <h2 className="text-base font-semibold">Access rules</h2>
          <p className="text-sm text-slate-600">
            A method and a path per rule; <code className="font-mono">*</code> matches anything, slashes included.
            Recursive grants the path and everything below it.
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          {template?.warning && <Alert tone="warning">{template.warning}</Alert>}
          <RulesEditor rows={rows} onRowsChange={setRows} findings={shownFindings} />
          <RuleCheck rows={ruleRows} findings={shownFindings} blocked={findings.some((f) => f.level === "error")} />
          {fieldErrors?.rows && <Alert tone="error">{fieldErrors.rows[0]}</Alert>}
        </CardBody>
      </Card>

      <Card>
        <CardHeader>
          <h2 className="text-base font-semibold">Restrictions and hand-off</h2>
        </CardHeader>
        <CardBody className="grid gap-5 lg:grid-cols-2">
          <AllowedIpsField
            value={allowedIPs}
            onChange={setAllowedIPs}
            hint={template?.allowedIPsHint}
            serverError={fieldErrors?.allowedIPs?.[0]}
          />
          <RedirectionField value={redirection} onChange={setRedirection} error={redirectionError} />
          <ApplicationField
            choice={application}
            onChoiceChange={setApplication}
            otherKey={otherKey}
            onOtherKeyChange={setOtherKey}
            sessionKeyMasked={sessionKeyMasked}
            error={fieldErrors?.applicationKey?.[0]}
          />
        </CardBody>
      </Card>

      <div className="space-y-3">
        <ValidityGuidance hint={template?.validityHint} />
        <div aria-live="polite">
          {clientError && <Alert tone="error">{clientError}</Alert>}
          {state.status === "error" && !clientError && (
            <Alert tone="error">
              {state.message}
              <QueryId value={state.queryId} />
            </Alert>
          )}
        </div>
        <Button type="submit" disabled={busy || !hydrated} aria-describedby="validity-guidance">
          {busy ? "Requesting…" : "Create token request"}
        </Button>
      </div>

      <Card>
        <CardHeader>
          <h2 className="text-base font-semibold">Or: a new application for the tool</h2>
        </CardHeader>
        <CardBody>
          <CreateTokenCard
            pageUrl={createTokenPageUrl}
            rules={findings.some((finding) => finding.level === "error") ? [] : expandRuleRows(ruleRows)}
            endpointLabel={endpointLabel}
          />
        </CardBody>
      </Card>
    </form>
  );
}
