/**
 * Monaco from the app's own bundle (loader.config({ monaco }), workers built by Next from
 * local files; never the CDN), set up for notebook cells: TensorFlow.js and the cell globals
 * as extra libs, REPL-friendly diagnostics, and type errors shown as warnings only.
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { CELL_MODEL_ROOT, setModelSync } from "./monaco-registry";

/** Redeclaration across cells, top-level await and top-level return are fine in a notebook. */
const IGNORED_DIAGNOSTICS = [2451, 2300, 2393, 1375, 1378, 1108];

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "typescript" || label === "javascript") {
      return new Worker(new URL("./ts.worker.ts", import.meta.url), { type: "module" });
    }
    return new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module" });
  },
};

loader.config({ monaco });

/** The editor wears the same background as the code it replaces (--surface-2). */
export const NOTEBOOK_THEME = "notebook";
monaco.editor.defineTheme(NOTEBOOK_THEME, {
  base: "vs",
  inherit: true,
  rules: [],
  colors: { "editor.background": "#f0f0ec", "editorGutter.background": "#f0f0ec" },
});

const ts = monaco.typescript;
ts.typescriptDefaults.setCompilerOptions({
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  lib: ["es2022", "dom"],
  allowNonTsExtensions: true,
  strict: true,
  noImplicitAny: false,
  skipLibCheck: true,
});
ts.typescriptDefaults.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
  diagnosticCodesToIgnore: IGNORED_DIAGNOSTICS,
});
ts.typescriptDefaults.setEagerModelSync(true);

let types: Promise<void> | null = null;

/** Loads public/kernel/types.json (the @tensorflow/* declarations + cell globals) once. */
export function loadKernelTypes(): Promise<void> {
  types ??= fetch("/kernel/types.json")
    .then((response) => {
      if (!response.ok) throw new Error(`types.json: HTTP ${response.status}`);
      return response.json() as Promise<{ files: Array<{ path: string; content: string }> }>;
    })
    .then(({ files }) => {
      ts.typescriptDefaults.setExtraLibs(files.map((file) => ({ filePath: file.path, content: file.content })));
    })
    .catch((error: unknown) => {
      types = null;
      console.warn("Editor type information is unavailable:", error);
    });
  return types;
}

// Type errors must never read as "your code cannot run": show them as warnings.
monaco.editor.onDidChangeMarkers((uris) => {
  for (const uri of uris) {
    if (!uri.toString().startsWith(CELL_MODEL_ROOT)) continue;
    const model = monaco.editor.getModel(uri);
    if (!model) continue;
    const markers = monaco.editor.getModelMarkers({ resource: uri, owner: "typescript" });
    if (!markers.some((marker) => marker.severity === monaco.MarkerSeverity.Error)) continue;
    monaco.editor.setModelMarkers(
      model,
      "typescript",
      markers.map((marker) => ({ ...marker, severity: Math.min(marker.severity, monaco.MarkerSeverity.Warning) })),
    );
  }
});

setModelSync({
  sync(path, source) {
    const uri = monaco.Uri.parse(path);
    const model = monaco.editor.getModel(uri);
    if (!model) monaco.editor.createModel(source, "typescript", uri);
    else if (model.getValue() !== source) model.setValue(source);
  },
  dispose(path) {
    monaco.editor.getModel(monaco.Uri.parse(path))?.dispose();
  },
});

export { monaco };
