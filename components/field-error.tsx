export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true" className="min-h-5 text-sm text-red-700">
      {errors?.[0]}
    </div>
  );
}
