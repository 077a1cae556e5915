import type { ReactNode } from "react";

/** One titled part of a token request's page; the heading labels the section. */
export function StepSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  className: "space-y-2" | "space-y-3";
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
