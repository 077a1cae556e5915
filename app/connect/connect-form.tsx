"use client";

import { type FormEvent, useActionState, useState, useTransition } from "react";
import { FieldError } from "@/components/field-error";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { type ActionState, idle } from "@/lib/actions/state";
import { useHydrated } from "@/lib/ui/use-hydrated";
import { connectAction, connectDemoAction } from "./actions";
import { RequestKeyOptions } from "./request-key-options";

type Props = { endpoints: { id: string; label: string }[]; defaultEndpoint: string; demo: boolean };

const fields = [
  { name: "applicationKey", label: "Application key", type: "text", autoComplete: "username" },
  { name: "applicationSecret", label: "Application secret", type: "password", autoComplete: "current-password" },
  { name: "consumerKey", label: "Consumer key", type: "password", autoComplete: "off" },
] as const;

type KeyMode = "paste" | "request";

export function ConnectForm({ endpoints, defaultEndpoint, demo }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(connectAction, idle);
  const [demoState, demoAction, demoPending] = useActionState<ActionState<never>>(connectDemoAction, idle);
  const [, startTransition] = useTransition();
  const [keyMode, setKeyMode] = useState<KeyMode>("paste");
  const errors = state.status === "error" ? state.fieldErrors : undefined;

  // Before hydration (JavaScript off, a script that failed to load), a native submit would GET /connect
  // with the keys in the URL, the history and the page's RSC payload. So the submit button stays disabled
  // until hydration (a form whose default button is disabled cannot be submitted with Enter), and the form
  // names the action, so that any native submit is a multipart POST to it, never a GET. Such a post is
  // refused by the Origin check anyway: under Referrer-Policy: no-referrer browsers send "Origin: null".
  const hydrated = useHydrated();

  // Submitting through onSubmit keeps what was typed when the keys are refused (a form action would reset it).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <div className="space-y-4">
      {demo && (
        <div className="rounded-lg border border-blue-200 bg-blue-50 p-4">
          <p className="text-sm text-blue-900">
            No OVH account at hand? The built-in OVH API emulator has a realistic account to try everything on.
          </p>
          <Button className="mt-3" disabled={demoPending} onClick={() => startTransition(() => demoAction())}>
            {demoPending ? "Connecting…" : "Use the demo account"}
          </Button>
          {demoState.status === "error" && (
            <Alert tone="error" className="mt-3">
              {demoState.message}
            </Alert>
          )}
        </div>
      )}
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
      >
        <div className="space-y-1">
          <Label htmlFor="endpoint">Endpoint</Label>
          <Select
            id="endpoint"
            name="endpoint"
            defaultValue={defaultEndpoint}
            aria-describedby="endpoint-error"
            aria-invalid={errors?.endpoint ? true : undefined}
          >
            {endpoints.map((endpoint) => (
              <option key={endpoint.id} value={endpoint.id}>
                {endpoint.label}
              </option>
            ))}
          </Select>
          <FieldError id="endpoint-error" errors={errors?.endpoint} />
        </div>
        {fields.slice(0, 2).map((field) => (
          <KeyField key={field.name} field={field} errors={errors?.[field.name]} />
        ))}
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">Do you have a consumer key?</legend>
          <RadioGroup
            name="consumerKeyMode"
            value={keyMode}
            onValueChange={(mode) => setKeyMode(mode as KeyMode)}
            className="flex flex-wrap gap-x-5 gap-y-1"
          >
            {(
              [
                ["paste", "Yes, I will paste it"],
                ["request", "No, request one for me"],
              ] as const
            ).map(([mode, label]) => (
              <label key={mode} className="flex items-center gap-2 text-sm">
                <RadioGroupItem value={mode} />
                {label}
              </label>
            ))}
          </RadioGroup>
        </fieldset>
        {keyMode === "paste" ? (
          fields.slice(2).map((field) => <KeyField key={field.name} field={field} errors={errors?.[field.name]} />)
        ) : (
          <div className="space-y-2">
            <RequestKeyOptions />
            <p className="text-xs text-slate-600">
              You will sign in on OVH&apos;s validation page, choose the validity, and come back here signed in.
            </p>
          </div>
        )}
        {state.status === "error" && !errors && (
          <Alert tone="error">
            {state.message}
            <QueryId value={state.queryId} />
          </Alert>
        )}
        {state.status === "error" && errors && state.queryId && <QueryId value={state.queryId} />}
        <noscript>
          <Alert tone="warning">ovh-keys needs JavaScript to connect: the keys are never sent without it.</Alert>
        </noscript>
        <Button type="submit" disabled={pending || !hydrated} className="w-full">
          {pending ? "Checking the keys…" : keyMode === "paste" ? "Connect" : "Request a consumer key"}
        </Button>
        <p className="text-xs text-slate-500">
          {keyMode === "paste"
            ? "The keys are checked with GET /auth/currentCredential and GET /me before they are stored."
            : "The key is requested with POST /auth/credential and checked once you have validated it."}
        </p>
      </form>
    </div>
  );
}

function KeyField({ field, errors }: { field: (typeof fields)[number]; errors?: string[] }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={field.name}>{field.label}</Label>
      <Input
        id={field.name}
        name={field.name}
        type={field.type}
        autoComplete={field.autoComplete}
        spellCheck={false}
        aria-describedby={`${field.name}-error`}
        aria-invalid={errors ? true : undefined}
        className="font-mono"
      />
      <FieldError id={`${field.name}-error`} errors={errors} />
    </div>
  );
}
