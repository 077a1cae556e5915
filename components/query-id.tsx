/** OVH's query id, shown so an admin can quote it to OVH support. */
export function QueryId({ value }: { value?: string }) {
  if (!value) return null;
  return (
    <span className="mt-1 block text-xs text-slate-600">
      OVH query id: <code className="font-mono select-all">{value}</code>
    </span>
  );
}
