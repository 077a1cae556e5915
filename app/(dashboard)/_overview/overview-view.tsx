"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { AuditLoadError, StaleAuditWarning } from "@/components/audit-load-error";
import { Card } from "@/components/ui/card";
import { riskiestCredentials, riskScore } from "@/lib/audit/risk-score";
import { selectExpired } from "@/lib/audit/selection";
import { countByFinding, countByStatus, expiringWithin } from "@/lib/audit/summary";
import { auditQuery } from "@/lib/query/audit";
import { ExpiryTimeline } from "./expiry-timeline";
import { FindingCounts } from "./finding-counts";
import { RiskScoreCard } from "./risk-score-card";
import { RiskiestCredentials } from "./riskiest-credentials";
import { StatusCounts } from "./status-counts";

const RISKIEST = 8;
const HORIZON_DAYS = 30;

export function OverviewView() {
  const { data, error, refetch } = useQuery(auditQuery.options());
  const summary = useMemo(() => {
    if (!data) return null;
    return {
      byStatus: countByStatus(data.credentials),
      byFinding: countByFinding(data.credentials),
      risk: riskScore(data.credentials),
      riskiest: riskiestCredentials(data.credentials, RISKIEST),
      expiring: expiringWithin(data.credentials, data.now, HORIZON_DAYS),
      removable: selectExpired(data.credentials, data.now, data.currentCredentialId).length,
    };
  }, [data]);

  if (!data || !summary) {
    if (error) return <AuditLoadError error={error} onRetry={() => refetch()} what="The audit" />;
    return <p className="text-sm text-slate-600">Loading the audit…</p>;
  }
  if (data.credentials.length === 0) {
    return (
      <Card className="p-10 text-center">
        <p className="font-medium">This account has no credentials.</p>
        <p className="mt-1 text-sm text-slate-600">
          Nothing to audit yet.{" "}
          <Link href="/token-requests" className="text-blue-800 underline">
            Create a token request
          </Link>{" "}
          to give a tool least-privilege access.
        </p>
      </Card>
    );
  }
  return (
    <div className="space-y-4">
      {error && <StaleAuditWarning error={error} onRetry={() => refetch()} />}
      <div className="grid gap-4 lg:grid-cols-3">
        <RiskScoreCard risk={summary.risk} />
        <StatusCounts
          total={data.credentials.length}
          byStatus={summary.byStatus}
          removable={summary.removable}
          className="lg:col-span-2"
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <FindingCounts byFinding={summary.byFinding} />
        <RiskiestCredentials ranked={summary.riskiest} now={data.now} />
      </div>
      <ExpiryTimeline expiring={summary.expiring} now={data.now} days={HORIZON_DAYS} />
    </div>
  );
}
