import Link from "next/link";
import { Card } from "@/components/ui/card";

export default function CredentialNotFound() {
  return (
    <Card className="mx-auto max-w-xl space-y-3 p-8 text-center">
      <h1 className="text-lg font-semibold">Credential not found</h1>
      <p className="text-sm text-slate-600">
        The account has no credential with this id. It may have been revoked already, or the link is wrong.
      </p>
      <Link href="/credentials" className="inline-block text-sm font-medium text-blue-800 hover:underline">
        Back to all credentials
      </Link>
    </Card>
  );
}
