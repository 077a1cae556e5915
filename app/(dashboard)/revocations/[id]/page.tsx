import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getJob } from "@/lib/revocation/job-registry";
import { jobIdSchema } from "@/lib/revocation/job-schema";
import { backHref } from "@/lib/revocation/job-text";
import { requireOvh } from "@/lib/session/state";
import { JobView } from "./job-view";

export const metadata: Metadata = { title: "Revocation" };

// A revocation job's page: found again by its URL after a reload, in another tab, or from the header
// indicator. The snapshot comes with the HTML (no blank first paint); the page then polls it.
export default async function RevocationJobPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ back?: string | string[] }>;
}) {
  const parsed = jobIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const { cacheKey } = await requireOvh();
  const { back } = await searchParams;
  const job = getJob(cacheKey, parsed.data);
  return <JobView id={parsed.data} initial={job} back={backHref(typeof back === "string" ? back : null)} />;
}
