import { DEMO, expect, signIn, test, uniqueEmail } from "../fixtures";

/** callbackUrl values that must never send anyone off this site (lib/util/safe-redirect.ts). */
const HOSTILE = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "//evil.example",
  "/\\evil.example",
  "/.//evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
];

test("signed in, /signin redirects every hostile callbackUrl to this site, never a 500", async ({ page, baseURL }) => {
  await signIn(page, DEMO.learner);
  for (const value of HOSTILE) {
    const response = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
    expect(response.status(), JSON.stringify(value)).toBeGreaterThanOrEqual(300);
    expect(response.status(), JSON.stringify(value)).toBeLessThan(400);
    const location = response.headers()["location"] ?? "";
    expect(new URL(location, baseURL).origin, `${JSON.stringify(value)} → ${JSON.stringify(location)}`).toBe(new URL(baseURL!).origin);
    expect(location).not.toMatch(/[\t\r\n]|evil/);
  }
});

test("the sign-in form sends a hostile callbackUrl home instead", async ({ page, baseURL }) => {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
  await page.getByLabel("Email").fill(DEMO.learner.email);
  await page.getByLabel("Password").fill(DEMO.learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("the sign-up form sends a hostile callbackUrl home instead", async ({ page, baseURL }) => {
  await page.goto(`/signup?callbackUrl=${encodeURIComponent("/\\evil.example")}`);
  await page.getByLabel("Name").fill("Redirect Target");
  await page.getByLabel("Email").fill(uniqueEmail("hostile"));
  await page.getByLabel("Password").fill("long-enough-pass");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("forged X-Forwarded-For and peer headers do not spread one client over many addresses", async ({ page }) => {
  const email = uniqueEmail("forged");
  const attempt = async (i: number, password: string) => {
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      headers: { "X-Forwarded-For": `203.0.113.${i}`, "X-Dln-Peer-Address": `198.51.100.${i}` },
      maxRedirects: 0,
    });
    return decodeURIComponent(response.headers()["location"] ?? (await response.text()));
  };
  for (let i = 0; i < 5; i++) expect(await attempt(i, `wrong-${i}`)).toContain("CredentialsSignin");
  // Had either header been believed, each attempt would have come from a new address.
  expect(await attempt(99, "still-wrong")).toContain("Too many failed sign-in attempts");
});
