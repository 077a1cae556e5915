/** OVH asks for the validity on its validation page, not in the request: say what to pick there. */
export function ValidityGuidance({ hint }: { hint?: string }) {
  return (
    <div id="validity-guidance" className="space-y-1 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium text-slate-800">Validity</p>
      <p className="text-slate-700">
        You choose how long the key lives on OVH&apos;s validation page, after this step. Pick{" "}
        <strong>90 days or less</strong> and request a new key when it ends (Replace does it in two clicks).
      </p>
      <p className="text-amber-800">
        <strong>Unlimited</strong> never expires: the key keeps working until someone revokes it.
      </p>
      {hint && <p className="text-slate-600">For this template: {hint}</p>}
    </div>
  );
}
