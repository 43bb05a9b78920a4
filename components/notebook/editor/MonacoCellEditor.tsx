"use client";
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import { NOTEBOOK_THEME, loadKernelTypes, monaco } from "./monaco-setup";
import styles from "./editor.module.css";

export interface MonacoCellEditorProps {
  path: string;
  value: string;
  label: string;
  readOnly: boolean;
  errorLine: number | null;
  focusRequest: number;
  onChange(value: string): void;
  onRun(): void;
  onRunAndAdvance(): void;
  onEscape(): void;
  onFocus(): void;
}

const LINE_HEIGHT = 20;
const MAX_HEIGHT = 640;

export default function MonacoCellEditor(props: MonacoCellEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [height, setHeight] = useState(() => Math.min(MAX_HEIGHT, (props.value.split("\n").length + 1) * LINE_HEIGHT));

  useEffect(() => {
    void loadKernelTypes();
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    if (editor && props.focusRequest > 0) editor.focus();
  }, [props.focusRequest]);

  useEffect(() => {
    const line = props.errorLine;
    decorations.current?.set(
      line === null
        ? []
        : [{ range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: styles.errorLine, linesDecorationsClassName: styles.errorGutter } }],
    );
  }, [props.errorLine]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    const keys = monaco.KeyMod;
    const code = monaco.KeyCode;
    const outsideWidgets = "!suggestWidgetVisible && !parameterHintsVisible && !findWidgetVisible";
    // Actions, not addCommand: Monaco's commands are global and the last editor would win.
    editor.addAction({ id: "cell.runAndAdvance", label: "Run cell and go to the next", keybindings: [keys.Shift | code.Enter], precondition: "!suggestWidgetVisible", run: () => handlers.current.onRunAndAdvance() });
    editor.addAction({ id: "cell.run", label: "Run cell", keybindings: [keys.CtrlCmd | code.Enter], run: () => handlers.current.onRun() });
    editor.addAction({ id: "cell.leave", label: "Leave the editor", keybindings: [code.Escape], precondition: outsideWidgets, run: () => handlers.current.onEscape() });
    editor.onDidContentSizeChange((event) => setHeight(Math.min(MAX_HEIGHT, Math.max(3 * LINE_HEIGHT, event.contentHeight))));
    editor.onDidFocusEditorText(() => handlers.current.onFocus());
    editor.focus();
  };

  return (
    <div className={styles.editor} style={{ height }}>
      <Editor
        path={props.path}
        defaultLanguage="typescript"
        theme={NOTEBOOK_THEME}
        value={props.value}
        keepCurrentModel
        onMount={onMount}
        onChange={(value) => handlers.current.onChange(value ?? "")}
        loading={<pre className={styles.loading}>{props.value}</pre>}
        options={{
          ariaLabel: props.label,
          readOnly: props.readOnly,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
          fontSize: 14,
          lineHeight: LINE_HEIGHT,
          tabSize: 2,
          lineNumbersMinChars: 3,
          overviewRulerLanes: 0,
          fixedOverflowWidgets: true,
          renderLineHighlightOnlyWhenFocus: true,
          scrollbar: { alwaysConsumeMouseWheel: false, vertical: "auto" },
          padding: { top: 8, bottom: 8 },
        }}
      />
    </div>
  );
}
