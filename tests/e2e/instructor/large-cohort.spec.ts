import { execFileSync } from "node:child_process";
import { expect, expectAccessible, signIn, test } from "../fixtures";

const SCALE = { email: "scale-instructor@example.com", password: "scale-instructor-pass-123" };
const LEARNERS = 200;

/** 200 simulated learners over the whole course (scripts/seed-large-cohort.ts), in the test database. */
test.beforeAll(() => {
  const out = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/seed-large-cohort.ts", SCALE.email, String(LEARNERS)], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/test-e2e.db", LARGE_COHORT_PASSWORD: SCALE.password },
    encoding: "utf8",
    timeout: 170_000,
  });
  expect(JSON.parse(out.trim().split("\n").pop()!)).toMatchObject({ learners: LEARNERS });
});
test.describe.configure({ timeout: 240_000 });

test("the overview of 200 learners × the whole course scrolls in its own box, sticky header and learner column, only the rows in view in the page", async ({ page }) => {
  await signIn(page, SCALE, "/instructor");
  await page.getByRole("link", { name: "Large class" }).click();
  await expect(page.getByText(`${LEARNERS} of ${LEARNERS} learners`)).toBeVisible();
  const table = page.getByTestId("overview-table");
  const scroller = page.getByTestId("overview-scroller");
  const rows = page.getByTestId("learner-row");
  await expect(table).toHaveAttribute("aria-rowcount", String(LEARNERS + 1));
  await expect(rows.first()).toBeVisible();
  const rendered = await rows.count();
  expect(rendered, "rows are virtualised").toBeLessThan(80);
  expect(rendered).toBeGreaterThan(5);

  // A focused row stays in the page when it scrolls far out of view: keyboard focus is not lost.
  const remove = rows.first().getByRole("button", { name: /^Remove/ });
  const removeName = await remove.getAttribute("aria-label") ?? await remove.textContent();
  await remove.focus();
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-testid"))).toBe("learner-row");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent)).toBe(removeName);
  await page.locator("h1").click();

  // Scrolled to the end: the last row is there, numbered for screen readers, and the header stayed on top.
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rows.last()).toHaveAttribute("aria-rowindex", String(LEARNERS + 1));
  const box = (await scroller.boundingBox())!;
  // Stage headers are read whole, not cut off after a few words.
  const cut = await table.locator("thead button").evaluateAll((buttons) =>
    buttons.filter((b) => /^Stage/.test(b.textContent ?? "")).filter((b) => { const t = b.firstElementChild!; return t.scrollHeight > t.clientHeight + 1; }).map((b) => b.textContent));
  expect(cut).toEqual([]);
  const head = (await table.locator("thead").boundingBox())!;
  expect(Math.abs(head.y - box.y), "the header sticks to the top of the box").toBeLessThan(2);
  expect(await rows.count()).toBeLessThan(80);

  // The heatmap: a column per lesson under readable stage headers, the learner column sticky.
  await page.getByLabel("Columns").selectOption("lessons");
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await expect(table).toHaveAttribute("aria-rowcount", String(LEARNERS + 2));
  const groups = table.locator('th[scope="colgroup"]');
  expect(await groups.count()).toBeGreaterThanOrEqual(8);
  for (const label of ["Stage 1", "Stage 6", "Myths", "FAQ"]) await expect(groups.filter({ hasText: label })).toHaveCount(1);
  const clipped = await groups.evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1 || th.getBoundingClientRect().height > 90).map((th) => th.textContent));
  expect(clipped, "stage headers fit their columns").toEqual([]);
  await expect(table.getByRole("button", { name: "Stage 1, lesson 1: Tensors and operations" })).toBeVisible();
  await scroller.evaluate((el) => el.scrollTo(el.scrollWidth, 0));
  const learnerCell = rows.first().locator('th[scope="row"]');
  expect(Math.abs((await learnerCell.boundingBox())!.x - box.x), "the learner column sticks to the left").toBeLessThan(2);
  // The last stage's header is in view once scrolled right (not cut off at the edge).
  const faq = (await groups.filter({ hasText: "FAQ" }).boundingBox())!;
  expect(faq.x + faq.width).toBeLessThanOrEqual(box.x + box.width + 1);
  await expectAccessible(page);

  // Sorting and finding work on all 200, not just the rows in the page.
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await table.getByRole("button", { name: "Lessons done" }).click();
  const most = Number((await rows.first().getByTestId("completed-count").textContent())!.split("/")[0]);
  await page.getByLabel("Find a learner").fill("learner150.");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("150");
  await page.getByLabel("Find a learner").fill("");
  await expect(rows.first().getByTestId("completed-count")).toHaveText(new RegExp(`^${most} /`));
});
