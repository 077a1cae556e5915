import Link from "next/link";
import type { ReactNode } from "react";

/** The link above a detail page's header, back to the list it was opened from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm text-blue-800 hover:underline">
      ← {children}
    </Link>
  );
}
