import Link from "next/link";

/** Starts a token request prefilled with a credential's rules and allowed IPs (Replace). */
export function ReplaceCredentialLink({ credentialId }: { credentialId: number }) {
  return (
    <Link
      href={`/token-requests/new?replace=${credentialId}`}
      className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      Replace
    </Link>
  );
}
