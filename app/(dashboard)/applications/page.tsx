import type { Metadata } from "next";

export const metadata: Metadata = { title: "Applications" };

export default function ApplicationsPage() {
  return <h1 className="text-xl font-semibold">Applications</h1>;
}
