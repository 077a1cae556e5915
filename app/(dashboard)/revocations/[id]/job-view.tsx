"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "@/components/page-header";
import { QueryId } from "@/components/query-id";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { auditQuery } from "@/lib/query/audit";
import { ApiRequestError } from "@/lib/query/get-json";
import {
  activeRevocationJobQuery,
  type RevocationJobAnswer,
  retryRevocationJob,
  revocationJobQuery,
  stopRevocationJob,
} from "@/lib/query/revocation-jobs";
import { isFinished, type JobSnapshot, jobToCsv, jobToJson, tallyJob } from "@/lib/revocation/job";
import { jobOutcomeLine, jobTitle } from "@/lib/revocation/job-text";
import { downloadText, timestampForFile } from "@/lib/ui/download";
import { useRoundEnd } from "../use-round-end";
import { JobProgressPanel } from "./job-progress";
import { JobReport } from "./job-report";

type Props = { id: string; initial: JobSnapshot | null; back: string };

export function JobView({ id, initial, back }: Props) {
  const queryClient = useQueryClient();
  const { data, error } = useQuery({
    ...revocationJobQuery.options(id),
    initialData: initial ? { job: initial } : undefined,
    // A 404 is an answer (gone or another credential's), not a blip to retry.
    retry: (count, err) => !(err instanceof ApiRequestError && err.status === 404) && count < 2,
  });
  // The application's name for the title, if the audit is in the browser already (no extra read).
  const { data: audit } = useQuery({ ...auditQuery.options(), enabled: false });
  const [busy, setBusy] = useState<"stop" | "retry" | null>(null);
  const [actionError, setActionError] = useState<ApiRequestError | Error | null>(null);

  const job = data?.job;
  useRoundEnd(job ?? null);
  if (!job) {
    if (error || initial === null) {
      return (
        <div className="space-y-4">
          <PageHeader title="Revocation not found" />
          <Alert tone="warning">
            This revocation is not known here: finished reports are kept 30 minutes, a server restart forgets them, and
            only sessions of the credential that started it can see it. What OVH did stays done; running the clean-up
            again lists what is left.
          </Alert>
          <Link href={back} className="text-sm font-medium text-blue-800 hover:underline">
            Back to the credentials
          </Link>
        </div>
      );
    }
    return <p className="text-sm text-slate-600">Loading the revocation…</p>;
  }

  const applicationName =
    job.applicationId === undefined
      ? undefined
      : (audit?.applications.find((application) => application.applicationId === job.applicationId)?.name ??
        `application #${job.applicationId}`);
  const title = jobTitle(job.kind, applicationName);
  const finished = isFinished(job);
  const tally = tallyJob(job);

  async function act(kind: "stop" | "retry") {
    setBusy(kind);
    setActionError(null);
    try {
      const answer = await (kind === "stop" ? stopRevocationJob(id) : retryRevocationJob(id));
      queryClient.setQueryData<RevocationJobAnswer>(revocationJobQuery.key(id), answer);
      // The poll restarts with the new round; the header follows at once.
      await queryClient.invalidateQueries({ queryKey: revocationJobQuery.key(id) });
      await queryClient.invalidateQueries({ queryKey: activeRevocationJobQuery.key });
    } catch (err) {
      setActionError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(null);
    }
  }

  const base = `revocation-${job.kind}-${timestampForFile()}`;
  const clean = finished && job.status === "done" && tally.failed === 0 && tally.notAttempted === 0;

  return (
    <div className="space-y-4">
      <Link href={back} className="text-sm text-blue-800 hover:underline">
        ← Back to the {back.startsWith("/applications") ? "applications" : "credentials"}
      </Link>
      <PageHeader
        title={<span className="untrusted-text">{title}</span>}
        description={`Started ${new Date(job.createdAt).toLocaleString()}${job.rounds > 1 ? ` · ${job.rounds} rounds` : ""}`}
      >
        {!finished && (
          <Button variant="secondary" onClick={() => void act("stop")} disabled={busy !== null}>
            {busy === "stop" ? "Stopping…" : "Stop"}
          </Button>
        )}
        {finished && tally.failed > 0 && (
          <Button variant="danger" onClick={() => void act("retry")} disabled={busy !== null}>
            {busy === "retry" ? "Retrying…" : `Retry failed (${tally.failed})`}
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={!finished}
          onClick={() => downloadText(`${base}.csv`, jobToCsv(job), "text/csv")}
        >
          Download CSV
        </Button>
        <Button
          variant="secondary"
          disabled={!finished}
          onClick={() => downloadText(`${base}.json`, jobToJson(job), "application/json")}
        >
          Download JSON
        </Button>
      </PageHeader>
      {actionError && (
        <Alert tone="error">
          {actionError.message}
          {actionError instanceof ApiRequestError && <QueryId value={actionError.queryId} />}
        </Alert>
      )}
      {error && !(error instanceof ApiRequestError && error.status === 404) && (
        <Alert tone="warning">Showing the last progress read: {error.message}</Alert>
      )}
      <Card className="space-y-3 p-5">
        {/* A clean finish is said once, as the success notice, which is then the live status line. */}
        <JobProgressPanel job={job} showLine={!clean} />
        {job.status === "failed" && job.error && <QueryId value={job.error.queryId} />}
        {clean && (
          <Alert tone="success" aria-label="Revocation status">
            {jobOutcomeLine(job, tally)}{" "}
            <Link href={back} className="font-medium underline">
              Back to the {back.startsWith("/applications") ? "applications" : "credentials list"}
            </Link>
          </Alert>
        )}
      </Card>
      <JobReport job={job} tally={tally} />
    </div>
  );
}
