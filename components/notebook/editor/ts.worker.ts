// Monaco's TypeScript language worker, bundled from the local package (never a CDN).
import "monaco-editor/language/typescript/ts.worker";
