import type { BuildOptions } from "esbuild";

/** esbuild options shared by every browser bundle under public/kernel/: one minified IIFE per entry. */
export function browserBundleOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  };
}
