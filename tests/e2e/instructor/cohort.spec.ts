import fs from "node:fs";
import { DEMO, expect, expectAccessible, signIn, test } from "../fixtures";
import { answerQuiz, event, postProgress, signUp } from "../progress/helpers";
import { parseCsv } from "../../support/csv-reader";

test("an instructor creates a cohort, a learner joins by link, and the instructor sees their progress, item analysis and CSV", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO.instructor, "/instructor");
  await teacher.goto("/instructor");
  await expectAccessible(teacher);
  const cohortName = `Evening class ${Date.now().toString(36)}`;
  await teacher.getByLabel("Cohort name").fill(cohortName);
  await teacher.getByRole("button", { name: "Create cohort" }).click();
  await expect(teacher.getByRole("heading", { name: cohortName })).toBeVisible();
  const cohortUrl = teacher.url();
  const cohortId = cohortUrl.split("/").pop()!;
  const invite = await teacher.getByTestId("invite-link").inputValue();
  expect(invite).toMatch(/\/join\/[A-Za-z0-9_-]{22}$/);

  // A learner with a comma and a formula in their name, to prove the CSV quoting.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const learnerName = '=Smith, "Jo"';
  const email = await signUp(learner, learnerName, new URL(invite).pathname);
  await expect(learner.getByTestId("join-cohort-name")).toHaveText(cohortName);
  await expectAccessible(learner);
  await learner.getByRole("button", { name: "Join this cohort" }).click();
  await expect(learner.getByTestId("join-result")).toContainText(`You joined "${cohortName}"`);

  await learner.goto("/join/not-a-real-code-at-all-xx");
  await expect(learner.getByTestId("join-problem")).toContainText("This invite link is not valid");

  await postProgress(learner.request, {
    events: [event({ type: "lesson-opened", lessonId: "tensors" }), event({ type: "exercise-check", lessonId: "tensors", exerciseId: "column-sums", passed: false }), event({ type: "hint-viewed", lessonId: "tensors", exerciseId: "column-sums", hint: 1 }), event({ type: "exercise-check", lessonId: "tensors", exerciseId: "column-sums", passed: true })],
    code: [{ saveId: crypto.randomUUID(), lessonId: "tensors", cellId: "exercise-column-sums", source: "const m = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);\n// <script>alert(1)</script>", version: "v1", baseRevision: 0 }],
  });
  await answerQuiz(learner, "tensors", "rank-of-batch", "thirty-two");

  // Overview: the learner is there, active, with the lesson in progress.
  await teacher.reload();
  const row = teacher.locator(`[data-testid="learner-row"][data-learner-email="${email}"]`);
  await expect(row).toContainText(learnerName);
  await expect(row).toContainText("Active");
  await teacher.getByLabel("Columns").selectOption("lessons");
  await expect(row.getByText("in progress").first()).toBeAttached();
  await teacher.getByLabel("Find a learner").fill("nobody-matches-this");
  await expect(teacher.getByText("0 of 1 learners")).toBeVisible();
  await teacher.getByLabel("Find a learner").fill("");
  await teacher.getByRole("button", { name: /^Lessons done/ }).press("Enter");
  await expect(teacher.locator('th[aria-sort="descending"]')).toContainText("Lessons done");
  await expectAccessible(teacher);

  // Drill-down: exercise events, quiz attempts with answers, the code as inert text.
  await row.getByRole("link", { name: learnerName }).click();
  await expect(teacher.getByTestId("learner-events")).toContainText("check passed");
  await expect(teacher.getByTestId("learner-events")).toContainText("viewed a hint");
  await expect(teacher.getByTestId("learner-attempts")).toContainText("32");
  await teacher.getByRole("link", { name: "View code" }).click();
  await expect(teacher.getByTestId("code-exercise-column-sums")).toContainText("<script>alert(1)</script>");
  await expectAccessible(teacher);

  // Item analysis: the wrong option and its misconception.
  await teacher.goto(`${cohortUrl}/quiz`);
  await expect(teacher.getByTestId("question-rank-of-batch")).toContainText("right on the first try: 0 (0%)");
  await expect(teacher.getByTestId("misconception-shape-confusion")).toContainText("1 (100%)");
  await expect(teacher.getByTestId("bar-chart").first()).toBeVisible();
  await expectAccessible(teacher);

  // CSV downloads, checked cell by cell.
  await teacher.goto(cohortUrl);
  const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.getByTestId("export-progress").click()]);
  const progressCsv = parseCsv(fs.readFileSync((await download.path())!, "utf8"));
  expect(progressCsv[0]!.slice(0, 6)).toEqual(["learner", "email", "joined", "last active", "active last 7 days", "lessons completed"]);
  const line = progressCsv.find((r) => r[1] === email)!;
  expect(line[0]).toBe(`'${learnerName}`);
  expect(line[4]).toBe("yes");
  expect(line).toContain("in progress");
  const attempts = await teacher.request.get(`/api/instructor/cohorts/${cohortId}/export/quiz-attempts`);
  const attemptRows = parseCsv(await attempts.text());
  expect(attemptRows.find((r) => r[1] === email)).toEqual(expect.arrayContaining(["tensors", "rank-of-batch", "32", '"thirty-two"', "false"]));

  // The learner, even as a member, cannot read or export the cohort.
  expect((await learner.request.get(`/api/instructor/cohorts/${cohortId}/export/progress`)).status()).toBe(403);
  await learner.goto(cohortUrl);
  await expect(learner).toHaveURL(/\/forbidden$/);

  // Removing the learner takes them off the overview.
  teacher.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: `Remove ${learnerName}` }).click();
  await expect(row).toHaveCount(0);
  await teacherContext.close();
  await learnerContext.close();
});

test("exports and cohort pages refuse authors, learners, other instructors' cohorts and signed-out visitors", async ({ browser, playwright }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin, "/instructor");
  await admin.goto("/instructor");
  await admin.getByLabel("Cohort name").fill(`Admin cohort ${Date.now().toString(36)}`);
  await admin.getByRole("button", { name: "Create cohort" }).click();
  await expect(admin.getByTestId("invite-link")).toBeVisible();
  const cohortId = admin.url().split("/").pop()!;
  const exportUrl = `/api/instructor/cohorts/${cohortId}/export/progress`;
  expect((await admin.request.get(exportUrl)).status()).toBe(200);

  for (const who of [DEMO.author, DEMO.learner, DEMO.instructor]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, who, "/profile");
    const response = await page.request.get(exportUrl);
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain("learner,email");
    await page.goto(`/instructor/cohorts/${cohortId}`);
    await expect(page.getByRole("heading", { name: /Admin cohort/ })).toHaveCount(0);
    await context.close();
  }
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get(exportUrl)).status()).toBe(401);
  await anonymous.dispose();
  await adminContext.close();
});
