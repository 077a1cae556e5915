import type { Metadata } from "next";
import localFont from "next/font/local";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "ovh-keys", template: "%s · ovh-keys" },
  description: "Audit and revoke OVHcloud API credentials.",
  referrer: "no-referrer",
  // The icon lives in public/ (not app/icon.svg): one plain static file at a stable URL, served as is
  // and reused by the README, rather than a route Next generates and fingerprints.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, the 404 included, with this request's nonce.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={inter.variable}>
      <head>
        {/* Before any bundle runs: zod must not probe `new Function` (the CSP forbids eval and reports the probe). */}
        <script nonce={nonce}>{"globalThis.__zod_globalConfig={jitless:true};"}</script>
      </head>
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
