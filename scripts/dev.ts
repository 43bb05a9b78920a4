import { spawn } from "node:child_process";
import { bin } from "./lib/run";
import { prepare } from "./prepare";

/** `npm run dev`: the same preparation as `npm start`, then Next's hot-reloading dev server. */
const app = await prepare();
const child = spawn(bin("next"), ["dev", "-p", String(app.port)], { stdio: "inherit", env: app.env });
child.on("exit", (code) => process.exit(code ?? 0));
