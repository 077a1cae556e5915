"use client";

import { preload } from "react-dom";

/** Starts GET /api/credentials from the HTML head, so the list downloads while the JavaScript does. */
export function AuditPreload() {
  preload("/api/credentials", { as: "fetch", crossOrigin: "anonymous" });
  return null;
}
