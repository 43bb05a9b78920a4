import { DEMO, expect, expectAccessible, signIn, test } from "../fixtures";

const DEMO_COHORT = "Demo cohort: Deep Learning Roadmap, autumn";

/**
 * `npm start` outside production seeds a demo cohort for the demo instructor (prisma/demo-cohort.ts):
 * the first instructor screen shows an overview, a drill-down and a misconception analysis with
 * real-looking data instead of an empty page.
 */
test("the demo instructor's first screen shows the demo cohort with weeks of activity", async ({ page }) => {
  // Three pages of 25 learners' data, each checked with axe: about a minute on this machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO.instructor, "/instructor");
  const row = page.getByTestId("cohort-row").filter({ hasText: DEMO_COHORT });
  await expect(row).toContainText("25");
  await row.getByRole("link", { name: DEMO_COHORT }).click();

  await expect(page.getByRole("heading", { level: 1, name: DEMO_COHORT })).toBeVisible();
  const rows = page.getByTestId("learner-row");
  await expect(rows).toHaveCount(25);
  // The demo learner is a member (without a made-up past), next to simulated classmates.
  await expect(page.locator(`[data-testid="learner-row"][data-learner-email="${DEMO.learner.email}"]`)).toBeVisible();
  const done = (await page.getByTestId("completed-count").allTextContents()).map((t) => Number(t.split("/")[0]));
  expect(Math.max(...done), "someone is far along").toBeGreaterThanOrEqual(30);
  expect(done.filter((n) => n >= 1 && n <= 5).length, "some are behind").toBeGreaterThanOrEqual(3);
  await expect(page.getByText(/\b(1[5-9]|2[0-5]) active in the last 7 days/)).toBeVisible();
  // Work set with deadlines: some learners were late or missed one, the next one is not yet due.
  const counts = (await page.getByTestId("assignment-counts").allTextContents()).join(" ");
  expect(counts).toMatch(/\d+ late/);
  expect(counts).toMatch(/\d+ missing/);
  expect(counts).toMatch(/\d+ not yet due/);
  await expect(page.getByTestId("assignment")).not.toHaveCount(0);
  await expectAccessible(page);

  // Drill-down into a simulated learner: exercise events with hints, quiz attempts, code.
  await page.getByRole("link", { name: "Amara Okafor" }).click();
  await expect(page.getByTestId("learner-events")).toContainText("check passed");
  await expect(page.getByTestId("learner-attempts")).not.toBeEmpty();
  await expectAccessible(page);

  // Misconception analysis: tagged wrong answers counted per misconception.
  await page.goBack();
  await page.getByRole("link", { name: "Quiz item analysis and misconceptions" }).click();
  const misconceptions = page.getByTestId("misconception-table").locator("tbody tr");
  await expect(misconceptions.first()).toBeVisible();
  expect(await misconceptions.count()).toBeGreaterThanOrEqual(5);
  await expectAccessible(page);
});
