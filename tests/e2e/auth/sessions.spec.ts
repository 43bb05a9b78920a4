import { expect, expectAccessible, signIn, test } from "../fixtures";
import { PASSWORD, signUp } from "../progress/helpers";

test("'Sign out of all other devices' ends the other browser's session and keeps this one", async ({ page, browser }) => {
  const who = { email: await signUp(page, "Two Devices", "/profile"), password: PASSWORD };
  await expect(page).toHaveURL(/\/profile$/);

  const other = await browser.newContext();
  const laptop = await other.newPage();
  await signIn(laptop, who, "/me");

  await expectAccessible(page);
  await page.getByTestId("sign-out-others").click();
  await expect(page.getByText("Every other device has been signed out.")).toBeVisible();
  await page.screenshot({ path: "test-results/profile-devices.png", fullPage: true });

  // The other browser is signed out at its next request; this one is not.
  await laptop.goto("/profile");
  await expect(laptop).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);
  await expect(laptop.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("profile-email")).toHaveText(who.email);
  await other.close();
});

test("a password change signs out the other browser", async ({ page, browser }) => {
  const who = { email: await signUp(page, "Changes Password", "/profile"), password: PASSWORD };
  await expect(page).toHaveURL(/\/profile$/);

  const other = await browser.newContext();
  const thief = await other.newPage();
  await signIn(thief, who, "/me");

  await page.getByLabel("Current password").fill(who.password);
  await page.getByLabel("New password", { exact: true }).fill("after-change-pass");
  await page.getByLabel("Repeat the new password").fill("after-change-pass");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  await thief.goto("/me");
  await expect(thief).toHaveURL(/\/signin/);
  await page.goto("/me");
  await expect(page.getByTestId("sign-out")).toBeVisible();
  await other.close();
});
