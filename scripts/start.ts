import { DEMO_ACCOUNTS, demoAccountsDecision } from "../prisma/demo-accounts";
import { BuildInUse, buildIfStale, buildState } from "./lib/build-if-stale";
import { DatabaseUnreachable } from "./lib/migrate";
import { spawnServer } from "./lib/run";
import { appEnv, prepare } from "./prepare";

/**
 * `npm start`: migrate the database and seed the demo accounts (outside production only, see
 * prisma/demo-accounts.ts), build the app when its sources changed, serve it.
 * `--test` serves a fresh test database on 127.0.0.1:3100 for Playwright (never the developer's data).
 * `--serve-only` skips the database preparation and the build: a second instance of a prepared app.
 */
const testMode = process.argv.includes("--test");
const serveOnly = process.argv.includes("--serve-only");
if (testMode) {
  process.env.DATABASE_URL ??= "file:./data/test-e2e.db";
  process.env.PORT ??= "3100";
  process.env.SIGNIN_MAX_FAILURES ??= "5";
  // A throwaway database the browser tests sign in to with the demo accounts, whatever NODE_ENV says.
  process.env.DEMO_ACCOUNTS ??= "1";
}

function banner(url: string, demo: ReturnType<typeof demoAccountsDecision>): string {
  const accounts = demo.seed
    ? [`Demo accounts (development passwords):`, ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(11)} ${a.email.padEnd(24)} ${a.password}`)]
    : [`No demo accounts (${demo.reason}).`, `Create the first admin: ADMIN_PASSWORD=… npm run user:create-admin -- <email> "<name>"`];
  return [``, `Deep Learning Roadmap Notebooks is running at ${url}`, ``, ...accounts, ``].join("\n");
}

async function main() {
  const host = testMode ? "127.0.0.1" : "localhost";
  // Checked before anything starts: a DEMO_ACCOUNTS value it does not understand stops here.
  const demo = demoAccountsDecision(process.env);
  // Before the database and the kernel assets are touched: a build another instance serves stays as it is.
  const build = serveOnly ? null : buildState(process.env);
  const app = serveOnly ? appEnv({ host }) : await prepare({ host, freshDatabase: testMode });
  if (build) await buildIfStale(app.env, build);
  const child = spawnServer(app.port, testMode ? "127.0.0.1" : undefined, app.env, ["ignore", "pipe", "inherit"]);
  let announced = false;
  child.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started|Local:/i.test(chunk.toString())) {
      announced = true;
      console.log(banner(app.env.NEXTAUTH_URL!, demo));
    }
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`\nCould not start: ${error instanceof Error ? error.message : error}`);
  process.exit(error instanceof DatabaseUnreachable ? 2 : error instanceof BuildInUse ? 3 : 1);
});
