// Minimal HTML helpers for the emulator's pages: self-contained (inline CSS, no script, no
// external asset) and every interpolated string escaped. User text is also isolated with
// <bdi>, and bidi control characters in it are displayed rather than applied.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Bidi controls are shown, not obeyed: "invoice\u202Efdp.exe" must not pass for "invoiceexe.pdf". */
function revealBidi(escaped: string): string {
  return escaped.replace(
    BIDI_CONTROLS,
    (c) => `<span class="hint">[U+${c.charCodeAt(0).toString(16).toUpperCase()}]</span>`,
  );
}

/** Escaped, direction-isolated user text, cut to `max` characters so a 10,000-character name stays readable. */
export function userText(text: string, max = Number.POSITIVE_INFINITY): string {
  const chars = [...text];
  if (chars.length <= max) return `<bdi>${revealBidi(escapeHtml(text))}</bdi>`;
  const shown = revealBidi(escapeHtml(chars.slice(0, max).join("")));
  return `<bdi>${shown}…</bdi> <span class="hint">(${chars.length.toLocaleString("en")} characters, truncated)</span>`;
}

const css = `
:root{color-scheme:light dark;--fg:#1b2430;--muted:#5b6675;--bg:#f4f6f9;--card:#fff;--line:#d5dbe3;--accent:#0050d7;--danger:#b42318}
@media (prefers-color-scheme:dark){:root{--fg:#e8edf3;--muted:#a7b1bd;--bg:#10151c;--card:#18202a;--line:#2c3744;--accent:#6ea8ff;--danger:#ff8a80}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:var(--card);border:1px solid var(--line);border-radius:.75rem}
h1{font-size:1.4rem;margin:0 0 1rem}
h2{font-size:1.05rem;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}
.tag{display:inline-block;font-size:.8rem;color:var(--muted);border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;margin-bottom:.75rem}
.app{font-weight:600;overflow-wrap:anywhere}
.muted{color:var(--muted);overflow-wrap:anywhere}
table{width:100%;border-collapse:collapse;font-size:.95rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
code{font-family:ui-monospace,Menlo,Consolas,monospace}
fieldset{border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0}
legend{padding:0 .25rem;font-weight:600}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,select{width:100%;font:inherit;padding:.5rem;border:1px solid var(--line);border-radius:.4rem;background:var(--card);color:var(--fg)}
input:focus,select:focus,button:focus{outline:3px solid var(--accent);outline-offset:2px}
.hint{font-size:.9rem;color:var(--muted)}
.error{color:var(--danger);font-weight:600}
.actions{display:flex;gap:.75rem;margin-top:1.25rem}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border-radius:.4rem;border:1px solid var(--accent);cursor:pointer}
.primary{background:var(--accent);color:#fff}
.secondary{background:transparent;color:var(--fg);border-color:var(--line)}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
<span class="tag">OVHcloud API · local emulator</span>
${body}
</main>
</body>
</html>
`;
}
