import type { Metadata } from "next";

export const metadata: Metadata = { title: "Token requests" };

export default function TokenRequestsPage() {
  return <h1 className="text-xl font-semibold">Token requests</h1>;
}
