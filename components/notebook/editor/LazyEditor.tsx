"use client";
import dynamic from "next/dynamic";
import type { MonacoCellEditorProps } from "./MonacoCellEditor";

/** Monaco is loaded only when a learner opens a cell, never during server rendering. */
export const LazyEditor = dynamic<MonacoCellEditorProps>(() => import("./MonacoCellEditor"), { ssr: false });
