import { expect, expectAccessible, test } from "../fixtures";

test("the glossary defines each term once, links the lesson that teaches it, and lessons link their terms to it", async ({ page }) => {
  await page.goto("/lessons/tensors");
  const terms = page.getByTestId("lesson-terms");
  await expect(terms.getByRole("heading", { name: "Terms in this lesson" })).toBeVisible();
  const tensorLink = terms.getByRole("link", { name: "Tensor", exact: true });
  await expect(tensorLink).toHaveAttribute("href", "/glossary#tensor");

  await tensorLink.click();
  await expect(page).toHaveURL(/\/glossary#tensor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  const entry = page.getByTestId("term-tensor");
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(/array/i);
  await expect(entry.getByRole("link", { name: "Tensors and operations" })).toHaveAttribute("href", "/lessons/tensors");
  // Every entry has a definition; the index jumps to each initial.
  const index = page.getByRole("navigation", { name: "Glossary index" });
  await expect(index.getByRole("link")).not.toHaveCount(0);
  expect(await page.locator("[data-testid^='term-'] dd > p:first-child").evaluateAll((ps) => ps.every((p) => (p.textContent ?? "").length > 20))).toBe(true);
  await page.screenshot({ path: test.info().outputPath("glossary.png"), fullPage: false });
  await expectAccessible(page);

  await page.goto("/lessons/backpropagation");
  await expect(page.getByTestId("lesson-references")).toContainText("Goodfellow");
});
