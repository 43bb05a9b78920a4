import { expect, expectAccessible, test } from "../fixtures";
import { cohortWithLearner } from "./helpers";

/** datetime-local's value for a time `days` from now, in the browser's zone (UTC in these tests). */
const local = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

test("an instructor sets lessons with due dates; the learner sees them on the course map, the lesson and /me, and the overview counts them", async ({ browser }) => {
  const { teacher, learner, email, close } = await cohortWithLearner(browser, { cohort: "Assigned class", learner: "Assigned Learner" }, { timezoneId: "UTC" });

  // A bad submission says what is wrong and sets nothing.
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByTestId("assignment-result")).toContainText("Choose a due date and time.");
  await teacher.getByLabel("Due (your time)").fill(local(3));
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByTestId("assignment-result")).toContainText("Choose a lesson or a stage.");

  // One lesson due in a week, another overdue since yesterday.
  await teacher.getByLabel("Lesson or stage").selectOption({ label: "Tensors and operations" });
  await teacher.getByLabel("Due (your time)").fill(local(7));
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByTestId("assignment-result")).toContainText('"Tensors and operations" set, due');
  await teacher.getByLabel("Lesson or stage").selectOption({ label: "The neuron, activations and the forward pass" });
  await teacher.getByLabel("Due (your time)").fill(local(-1));
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByTestId("assignment")).toHaveCount(2);
  const row = teacher.locator(`[data-testid="learner-row"][data-learner-email="${email}"]`);
  await expect(row.getByTestId("assignment-counts")).toContainText("1 missing");
  await expect(row.getByTestId("assignment-counts")).toContainText("1 not yet due");
  await expectAccessible(teacher);

  // The learner sees both, with their dates, wherever they look.
  await learner.goto("/");
  await expect(learner.getByTestId("due-tensors")).toContainText(`Due ${local(7).slice(0, 10)}`);
  await expect(learner.getByTestId("due-neurons-and-activations")).toContainText("overdue");
  await learner.goto("/lessons/tensors");
  await expect(learner.getByTestId("due-tensors")).toContainText(`Due ${local(7).slice(0, 10)}`);
  await learner.goto("/me");
  await expect(learner.getByTestId("my-assignments").getByRole("listitem")).toHaveCount(2);
  await expect(learner.getByTestId("my-assignments")).toContainText("Tensors and operations");
  await expectAccessible(learner);

  // Taken back: gone for the learner too.
  await teacher.getByRole("button", { name: "Remove the assignment The neuron, activations and the forward pass" }).click();
  await expect(teacher.getByTestId("assignment")).toHaveCount(1);
  await learner.goto("/");
  await expect(learner.getByTestId("due-tensors")).toBeVisible();
  await expect(learner.getByTestId("due-neurons-and-activations")).toHaveCount(0);

  // The CSV export carries the assignment.
  const csv = await (await teacher.request.get(`${teacher.url().replace("/instructor/cohorts/", "/api/instructor/cohorts/")}/export/progress`)).text();
  expect(csv.split("\n")[0]).toContain("assignment: Tensors and operations (due");
  expect(csv).toContain("not yet due");
  await close();
});
