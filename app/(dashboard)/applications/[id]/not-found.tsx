import Link from "next/link";
import { Card } from "@/components/ui/card";

export default function ApplicationNotFound() {
  return (
    <Card className="mx-auto max-w-xl space-y-3 p-8 text-center">
      <h1 className="text-lg font-semibold">Application not found</h1>
      <p className="text-sm text-slate-600">
        No application with this id holds credentials on the account. It may have been deleted, or the link is wrong.
      </p>
      <Link href="/applications" className="inline-block text-sm font-medium text-blue-800 hover:underline">
        Back to all applications
      </Link>
    </Card>
  );
}
