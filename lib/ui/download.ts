import "client-only";
/** Saves text as a file from the browser (exports and reports are built client-side from the view). */
export function downloadText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function timestampForFile(now = new Date()) {
  return now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
}
