/**
 * `npm run lessons:list [-- --root <dir>]`: the course's stages and lessons (order, id, title,
 * minutes, exercises, quiz questions, prerequisites, file), each stage's next free `order` and any
 * gap or clash in the orders, read from the lesson files.
 */
import path from "node:path";
import { allowServerOnlyOutsideNext } from "./lib/server-only-outside-next";

allowServerOnlyOutsideNext();

const rootFlag = process.argv.indexOf("--root");
const root = path.resolve(rootFlag >= 0 ? (process.argv[rootFlag + 1] ?? "lessons") : "lessons");
const { scanCourse } = await import("@/lib/lessons/discover");
const { formatOutline } = await import("@/lib/lessons/outline");
console.log(formatOutline(await scanCourse(root)));
