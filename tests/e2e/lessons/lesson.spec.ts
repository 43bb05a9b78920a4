import { expect, expectAccessible, signIn, test, DEMO } from "../fixtures";
import { LESSON_ID, readFirstExercise, readQuiz, secretProbes } from "./lesson-content";
import { signUp } from "../progress/helpers";
import { NotebookPage } from "../pages/notebook";

const URL = `/lessons/${LESSON_ID}`;

test("the lesson's text and code are in the server HTML: readable without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(URL);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tensors");
  await expect(page.getByTestId("cell").first()).toContainText("tf.");
  await expect(page.getByTestId(`quiz-question-${readQuiz()[0]!.id}`)).toBeVisible();
  await context.close();
});

test("a guest reads the lesson and is asked to sign in to answer", async ({ page }) => {
  await page.goto(URL);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tensors");
  await expect(page.getByTestId("lesson-position")).toHaveText(/Lesson \d+ of \d+ in stage 1/);
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
  const first = readQuiz()[0]!;
  const signInLink = page.getByTestId(`quiz-question-${first.id}`).getByRole("link", { name: "Sign in to answer" });
  await expect(signInLink).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`${URL}#quiz-${first.id}`)}`);
  await expect(page.getByTestId("kernel-backend")).toHaveText(/^(webgl|wasm|cpu)$/, { timeout: 30_000 });
  await expectAccessible(page);
});

test("the page's HTML and RSC payload carry no quiz answer key", async ({ page, request }) => {
  const probes = secretProbes(readQuiz());
  expect(probes.length).toBeGreaterThan(3);
  await signIn(page, DEMO.learner, URL);
  const rsc = await page.request.get(URL, { headers: { RSC: "1" } });
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  const payloads = [
    await (await request.get(URL)).text(), // view-source, as a guest
    await (await page.request.get(URL)).text(), // view-source, signed in
    await rsc.text(), // the RSC payload
  ];
  const prompt = readQuiz()[0]!.prompt.slice(0, 20);
  for (const body of payloads) {
    expect(body).toContain(prompt); // the quiz is there: only its keys are not
    for (const probe of probes) expect(body, `leaked: ${probe}`).not.toContain(probe);
    expect(body).not.toMatch(/\\?"(correct|explanation|misconception|tolerance)\\?"\s*:/);
  }
});

test("a learner runs a cell, fails then solves an exercise, and answers a quiz wrongly then rightly", async ({ page }) => {
  // A new learner: the demo learner's account may already hold a solved copy of the exercise.
  await signUp(page, "Exercise Solver", URL);
  await expect(page.getByTestId("kernel-backend")).toHaveText(/^(webgl|wasm|cpu)$/, { timeout: 30_000 });

  // Run the first cell.
  const cell = page.getByTestId("cell").first();
  await cell.getByTestId("run-cell").click();
  await expect(cell.getByTestId("cell-status")).toHaveText("done", { timeout: 30_000 });
  await expect(cell.getByTestId("cell-output")).not.toBeEmpty();

  // The exercise: Check fails on the starter, passes on the solution. Earlier cells define what it uses.
  await page.getByTestId("run-all").click();
  const { id, solution } = readFirstExercise();
  const exercise = page.getByTestId(`exercise-${id}`);
  await exercise.getByRole("button", { name: "Check", exact: true }).click();
  await expect(exercise.getByTestId("exercise-result")).toContainText("✗", { timeout: 30_000 });
  await new NotebookPage(page).replaceCodeIn(exercise.getByTestId("cell"), solution);
  await exercise.getByRole("button", { name: "Check", exact: true }).click();
  await expect(exercise.getByTestId("exercise-result")).toContainText("✓ Passed", { timeout: 30_000 });

  // Hints one at a time; the solution after a confirmation.
  await exercise.getByRole("button", { name: /Show a hint/ }).click();
  await expect(exercise.getByRole("list", { name: "Hints" }).getByRole("listitem")).toHaveCount(1);
  await exercise.getByRole("button", { name: "Show solution" }).click();
  await exercise.getByRole("button", { name: "Yes, show it" }).click();
  await expect(exercise.getByTestId("exercise-solution")).toBeVisible();

  // A single-choice question: wrong, with that option's feedback; then right.
  const question = readQuiz().find((q) => q.type === "single" && q.options?.some((o) => !o.correct && o.feedback))!;
  const wrong = question.options!.find((o) => !o.correct && o.feedback)!;
  const right = question.options!.find((o) => o.correct)!;
  const card = page.getByTestId(`quiz-question-${question.id}`);
  await card.getByRole("radio", { name: wrong.text, exact: true }).check();
  await card.getByRole("button", { name: "Check answer" }).click();
  await expect(card.getByTestId("quiz-result")).toContainText("Not quite");
  await expect(card).toContainText(wrong.feedback!.slice(0, 30));
  await expect(card.getByText("✗ Your answer")).toBeVisible();
  await card.getByRole("button", { name: "Try again" }).click();
  await card.getByRole("radio", { name: right.text, exact: true }).check();
  await card.getByRole("button", { name: "Check answer" }).click();
  await expect(card.getByTestId("quiz-result")).toContainText("Correct");
  await expect(card.getByText("✓ Your answer")).toBeVisible();
  // With outputs, an open editor, exercise feedback and quiz feedback on the page.
  await expectAccessible(page);
});
