import { expect, type Locator, type Page } from "@playwright/test";
import { encodeCells } from "../../../components/notebook/share-link";

export type CellStatus = "idle" | "queued" | "running" | "done" | "error";

/** The notebook UI (playground or lesson page), addressed by the stable data-testid hooks. */
export class NotebookPage {
  constructor(readonly page: Page) {}

  /** Opens the playground, optionally with cells (the shareable #cells= link), and waits for the kernel. */
  async openPlayground(sources?: string[]): Promise<void> {
    await this.page.goto(sources ? `/playground#cells=${encodeCells(sources)}` : "/playground");
    await this.waitForKernel();
  }

  async waitForKernel(): Promise<void> {
    await expect(this.backend()).toHaveText(/^(webgl|wasm|cpu)$/, { timeout: 30_000 });
  }

  cells(): Locator {
    return this.page.getByTestId("cell");
  }

  cell(i: number): Locator {
    return this.cells().nth(i);
  }

  status(i: number): Locator {
    return this.cell(i).getByTestId("cell-status");
  }

  output(i: number): Locator {
    return this.cell(i).getByTestId("cell-output");
  }

  backend(): Locator {
    return this.page.getByTestId("kernel-backend");
  }

  /** Clicks the cell's run button (does not wait). */
  async runCell(i: number): Promise<void> {
    await this.cell(i).getByTestId("run-cell").click();
  }

  /** Runs a cell and waits until it has finished; returns its final status. */
  async runCellAndWait(i: number, timeout = 30_000): Promise<CellStatus> {
    await this.runCell(i);
    return this.waitForEnd(i, timeout);
  }

  async waitForEnd(i: number, timeout = 30_000): Promise<CellStatus> {
    await expect(this.status(i)).toHaveText(/^(done|error)$/, { timeout });
    return (await this.status(i).textContent()) as CellStatus;
  }

  async waitForStatus(i: number, status: CellStatus, timeout = 15_000): Promise<void> {
    await expect(this.status(i)).toHaveText(status, { timeout });
  }

  /** Opens the cell's editor (Monaco) and waits for it. */
  async openEditor(i: number): Promise<Locator> {
    return this.openEditorIn(this.cell(i));
  }

  /** Opens the editor of a cell found by locator (e.g. an exercise's cell). */
  async openEditorIn(cell: Locator): Promise<Locator> {
    const editor = cell.locator(".monaco-editor");
    if (!(await editor.isVisible())) await cell.locator("pre").first().click();
    await expect(editor).toBeVisible({ timeout: 30_000 });
    return editor;
  }

  /** Replaces the cell's code. insertText avoids Monaco's auto-closing and suggestions. */
  async typeInCell(i: number, code: string): Promise<void> {
    await this.replaceCodeIn(this.cell(i), code);
  }

  /** Replaces the code of a cell found by locator. */
  async replaceCodeIn(cell: Locator, code: string): Promise<void> {
    const editor = await this.openEditorIn(cell);
    await editor.locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(code);
  }

  async addCell(code?: string): Promise<number> {
    const count = await this.cells().count();
    await this.page.getByTestId("add-cell").click();
    await expect(this.cells()).toHaveCount(count + 1);
    if (code !== undefined) await this.typeInCell(count, code);
    return count;
  }

  async stop(): Promise<void> {
    await this.page.getByTestId("stop").click();
  }

  async restartKernel(): Promise<void> {
    await this.page.getByTestId("restart-kernel").click();
  }

  async runAll(): Promise<void> {
    await this.page.getByTestId("run-all").click();
  }
}
