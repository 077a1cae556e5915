/** An absolute http:// or https:// URL with a host: the only kind rendered as a link or sent as a redirection. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}
