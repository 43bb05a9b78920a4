import { z } from "zod";

/**
 * The course's sections in the order the course map shows them. The six numbered stages and their
 * titles come from the Deep Learning Roadmap; intro, misconceptions and FAQ frame them.
 */
export const STAGES = [
  { key: "intro", label: "Start here", title: "Getting started" },
  { key: 1, label: "Stage 1", title: "Understanding Neural Networks" },
  { key: 2, label: "Stage 2", title: "Implementing Basic Deep Learning Models" },
  { key: 3, label: "Stage 3", title: "Exploring Advanced Deep Learning Architectures" },
  { key: 4, label: "Stage 4", title: "Training on Large-Scale Datasets" },
  { key: 5, label: "Stage 5", title: "Optimizing and Fine-Tuning Models" },
  { key: 6, label: "Stage 6", title: "Deploying Deep Learning Models" },
  { key: "misconceptions", label: "Myths", title: "Common misconceptions" },
  { key: "faq", label: "FAQ", title: "Frequently asked questions" },
] as const;

export type StageKey = (typeof STAGES)[number]["key"];
export type StageInfo = (typeof STAGES)[number];

const NAMED_STAGES: readonly unknown[] = ["intro", "misconceptions", "faq"];

export const stageSchema = z.custom<StageKey>(
  (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 6) || NAMED_STAGES.includes(v),
  { error: 'must be a number from 1 to 6, or "intro", "misconceptions" or "faq"' },
);

/** "3", "intro", "faq"… (a URL segment, a command-line argument) as a stage, or null when it names none. */
export function parseStage(text: string): StageKey | null {
  const key = /^\d+$/.test(text) ? Number(text) : text;
  return STAGES.find((s) => s.key === key)?.key ?? null;
}

export function stageInfo(key: StageKey): StageInfo {
  const info = STAGES.find((s) => s.key === key);
  if (!info) throw new Error(`Unknown stage ${String(key)}`);
  return info;
}

/** Position of a stage on the roadmap, for sorting lessons across the course. */
export function stageIndex(key: StageKey): number {
  return STAGES.findIndex((s) => s.key === key);
}
