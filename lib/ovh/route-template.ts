/**
 * The route of a concrete path, for logs and errors: numeric segments become `{id}` and
 * comma-joined batch segments `{ids}`, so no id list or query string ends up in a log line.
 */
export function routeTemplate(path: string): string {
  const bare = path.split(/[?#]/, 1)[0] ?? "";
  return bare
    .split("/")
    .map((segment) => (segment.includes(",") ? "{ids}" : /^\d+$/.test(segment) ? "{id}" : segment))
    .join("/");
}
