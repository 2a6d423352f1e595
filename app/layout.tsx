import type { Metadata } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { parseTheme, THEME_COOKIE, themeClassName } from "@/components/shell/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Strongroom", template: "%s · Strongroom" },
  description: "Self-hosted secrets manager",
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, none prerendered at build: a page's scripts can only
  // carry the nonce of its request's Content Security Policy (lib/http/page-policy.ts).
  await connection();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={themeClassName(theme)}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
