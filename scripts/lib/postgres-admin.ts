import pg from "pg";

/** Test helpers: create and drop a PostgreSQL database named by a URL, via the server's `postgres` database. */

/** The server and role tests use: TEST_POSTGRES_URL, or the local one .ci/run sets up. */
export const testPostgresServer = (): string =>
  process.env.TEST_POSTGRES_URL ?? "postgresql://notebooks:notebooks@127.0.0.1:5432/postgres";

/** The URL of database `name` on the same server as `serverUrl`. */
export const databaseOn = (serverUrl: string, name: string): string => serverUrl.replace(/\/[^/]*$/, `/${name}`);
function split(url: string): { admin: string; name: string } {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing an unusual database name: ${name}`);
  u.pathname = "/postgres";
  return { admin: u.toString(), name };
}

async function onAdmin(url: string, statements: (name: string) => string[]): Promise<void> {
  const { admin, name } = split(url);
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    for (const sql of statements(name)) await client.query(sql);
  } finally {
    await client.end();
  }
}

export const recreateDatabase = (url: string) =>
  onAdmin(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);

export const dropDatabase = (url: string) => onAdmin(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
