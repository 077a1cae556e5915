// Text OVH hands back for display (application names, descriptions, the account holder's name) is
// written by whoever created the application. Bidirectional controls in it would reorder what the admin
// reads ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"), so they are replaced by a visible
// [U+202E] mark before anything renders or exports them. Markup needs nothing here: React escapes it.

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}
