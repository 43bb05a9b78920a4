import { expect, test } from "../fixtures";
import { signUp } from "./helpers";

test("two tabs editing the same notes never overwrite each other silently", async ({ page, context }) => {
  await signUp(page, "Two Tabs Tia");
  const tabA = page;
  const tabB = await context.newPage();
  await tabB.goto("/me");
  await expect(tabB.getByTestId("progress-status")).toHaveText("Saved");

  await tabA.getByTestId("lesson-notes").fill("Written in tab A");
  await expect(tabA.getByTestId("progress-status")).toHaveText("Saved");

  // Tab B still has the page it loaded before tab A saved.
  await tabB.getByTestId("lesson-notes").fill("Written in tab B");
  await expect(tabB.getByText("This cell was changed in another tab or device")).toBeVisible();
  await expect(tabB.getByTestId("progress-status")).toHaveText("Changed in another tab — choose a version");
  await tabB.getByRole("button", { name: "Load theirs" }).click();
  await expect(tabB.getByTestId("lesson-notes")).toHaveValue("Written in tab A");
  await tabB.getByTestId("lesson-notes").fill("Written in tab A, then B");
  await expect(tabB.getByTestId("progress-status")).toHaveText("Saved");

  // Now tab A is the stale one; it keeps its own version on purpose.
  await tabA.getByTestId("lesson-notes").fill("Tab A insists");
  await tabA.getByRole("button", { name: "Keep yours" }).click();
  await expect(tabA.getByTestId("progress-status")).toHaveText("Saved");
  await tabB.reload();
  await expect(tabB.getByTestId("lesson-notes")).toHaveValue("Tab A insists");
});
