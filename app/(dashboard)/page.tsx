import type { Metadata } from "next";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return <h1 className="text-xl font-semibold">Overview</h1>;
}
