import { afterEach, vi } from "vitest";

// A unit test fails on any console.error: an error logged is an error missed.
let consoleErrors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  consoleErrors.push(args);
  original(...args);
};

afterEach(() => {
  const errors = consoleErrors;
  consoleErrors = [];
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called ${errors.length} time(s): ${String(errors[0]?.[0])}`);
  }
});

// server-only throws outside React Server Components; unit tests exercise server modules directly.
vi.mock("server-only", () => ({}));
