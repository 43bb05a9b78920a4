import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/guards";
import { SessionRenewal } from "@/components/auth/SessionRenewal";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ProgressProvider } from "@/components/progress/ProgressProvider";
import { headers } from "next/headers";
import { NONCE_HEADER } from "@/lib/http/content-policy";
import { kernelBootScript } from "@/lib/kernel/client/boot";
import styles from "@/components/layout/layout.module.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Deep Learning Roadmap Notebooks", template: "%s · Deep Learning Roadmap" },
  description: "Learn deep learning in your browser: runnable TypeScript and TensorFlow.js notebooks, from tensors to deployment.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // This request's CSP nonce (proxy.ts); our one inline script needs it.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en">
      <head>
        {/* On notebook pages the kernel's sandbox starts now, not after hydration (lib/kernel/client/boot.ts).
            An async module script: unlike a classic one, it does not wait for the stylesheets above it. */}
        <script type="module" async nonce={nonce} dangerouslySetInnerHTML={{ __html: kernelBootScript() }} />
      </head>
      <body>
        {/* One progress queue for every page: signed out (null), nothing is kept or sent. */}
        <ProgressProvider userId={user?.id ?? null}>
          {user && <SessionRenewal />}
          <a href="#main" className="skip-link">Skip to content</a>
          <SiteHeader user={user} />
          <main id="main" className={styles.main}>{children}</main>
          <footer className={styles.footer}>Deep Learning Roadmap Notebooks · open source · your code runs in your browser</footer>
        </ProgressProvider>
      </body>
    </html>
  );
}
