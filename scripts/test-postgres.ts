import { bin, run } from "./lib/run";
import { databaseOn, dropDatabase, testPostgresServer } from "./lib/postgres-admin";

/**
 * `npm run test:postgres`: the data-layer unit tests and the browser tests again against PostgreSQL,
 * then two app instances on one PostgreSQL database and the fault tests (the database cut off, an
 * instance killed). TEST_POSTGRES_URL names a server and a role that may create databases (default: the local server .ci/run sets up). Each suite creates its own
 * database and drops it afterwards.
 */
const server = testPostgresServer();
const database = (name: string) => databaseOn(server, `${name}_${process.pid}`);
const e2e = database("nb_e2e");
const multi = database("nb_multi");

await run(bin("vitest"), ["run", "lib", "scripts"], { ...process.env, TEST_POSTGRES_URL: server });
try {
  await run(bin("playwright"), ["test"], { ...process.env, E2E_DATABASE_URL: e2e });
  await run(bin("playwright"), ["test", "-c", "playwright.multi.config.ts"], { ...process.env, MULTI_DATABASE_URL: multi });
} finally {
  await dropDatabase(e2e);
  await dropDatabase(multi);
}
