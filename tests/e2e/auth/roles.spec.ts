import { DEMO, expect, expectAccessible, signIn, test, uniqueEmail } from "../fixtures";

test("a learner is refused the admin page", async ({ page }) => {
  await signIn(page, DEMO.learner);
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(page.getByRole("heading", { name: /don.t have access/ })).toBeVisible();
});

test("a signed-out visitor is sent to sign in and back", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  await page.getByLabel("Email").fill(DEMO.admin.email);
  await page.getByLabel("Password").fill(DEMO.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});

test("an admin's role change takes effect for the user at once", async ({ browser }) => {
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const email = uniqueEmail("promote");
  await learner.goto("/signup?callbackUrl=/profile");
  await learner.getByLabel("Name").fill("Promoted Person");
  await learner.getByLabel("Email").fill(email);
  await learner.getByLabel("Password").fill("promote-me-please");
  await learner.getByRole("button", { name: "Create account" }).click();
  await expect(learner.getByTestId("profile-role")).toHaveText("learner");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin, "/admin");
  await expect(admin.getByTestId("user-row").first()).toBeVisible();
  await expectAccessible(admin);
  await admin.getByTestId(`role-select-${email}`).selectOption("ADMIN");
  await expect(admin.getByText(`${email} is now ADMIN.`)).toBeVisible();

  await learner.reload();
  await expect(learner.getByTestId("profile-role")).toHaveText("admin");
  await learner.goto("/admin");
  await expect(learner.getByRole("heading", { name: "Users" })).toBeVisible();

  await admin.reload();
  await admin.getByTestId(`role-select-${email}`).selectOption("LEARNER");
  await expect(admin.getByText(`${email} is now LEARNER.`)).toBeVisible();
  await learner.goto("/admin");
  await expect(learner).toHaveURL(/\/forbidden$/);
  await learnerContext.close();
  await adminContext.close();
});
