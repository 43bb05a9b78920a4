import fs from "node:fs";

/**
 * How every headless Chromium of ours starts (Playwright tests, benchmarks, the browser lesson
 * check): Debian's /usr/bin/chromium when present (CHROMIUM_PATH overrides), else Playwright's own.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const chromiumLaunchOptions = { executablePath: chromiumPath, args: CHROMIUM_ARGS };
