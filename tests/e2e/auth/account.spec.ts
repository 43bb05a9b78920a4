import { DEMO, expect, expectAccessible, signInWithForm, test, uniqueEmail } from "../fixtures";

test("sign up, land signed in, edit the profile, sign out and sign back in", async ({ page }) => {
  const email = uniqueEmail("journey");
  await page.goto("/signup?callbackUrl=/profile");
  await expectAccessible(page);
  await page.getByLabel("Name").fill("Grace Hopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("profile-email")).toHaveText(email);
  await expect(page.getByTestId("profile-role")).toHaveText("learner");
  await expectAccessible(page);

  await page.getByRole("textbox", { name: "Name" }).fill("Grace B. Hopper");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name was saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("nav-profile")).toHaveText("Grace B. Hopper");

  await page.getByLabel("Current password").fill("correct-horse-battery");
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await page.getByLabel("Repeat the new password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  await page.getByTestId("sign-out").click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);

  await signInWithForm(page, { email, password: "a-brand-new-password" });
  await expect(page.getByTestId("profile-email")).toHaveText(email);
});

test("sign-up rejects bad input field by field and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("x".repeat(81));
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-name")).toContainText("80 characters at most");
  await expect(page.getByTestId("error-email")).toContainText("valid email");
  await expect(page.getByTestId("error-password")).toContainText("at least 10 characters");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expectAccessible(page);

  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(DEMO.learner.email);
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-email")).toContainText("already exists");

  await page.getByLabel("Email").fill(`${"a".repeat(250)}@example.com`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-email")).toContainText("too long");
});

test("sign-in errors do not reveal whether the email exists", async ({ page }) => {
  await page.goto("/signin");
  await expectAccessible(page);
  await page.getByLabel("Email").fill("nobody-here@example.test");
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const unknown = await page.getByTestId("signin-error").textContent();

  await page.getByLabel("Email").fill(DEMO.author.email);
  await page.getByLabel("Password").fill("wrong-password-here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText(unknown ?? "");
  expect(unknown).toContain("email or password is incorrect");

  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("error-email")).toContainText("valid email");
});

test("repeated failed sign-ins for one email are refused for a while, even with the right password", async ({ page }) => {
  const email = uniqueEmail("ratelimit");
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Rate Limited");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the-right-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
  await page.getByTestId("sign-out").click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signin-error")).toContainText("incorrect");
  }
  await page.getByLabel("Password").fill("the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toContainText("Too many failed sign-in attempts");
  await expect(page.getByTestId("sign-out")).toHaveCount(0);
});
