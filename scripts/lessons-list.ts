/**
 * `npm run lessons:outline [-- --root <dir>]`: the course's stages and lessons (order, id, title,
 * minutes, prerequisites, file) and each stage's next free `order`, read from the lesson files.
 */
import path from "node:path";
import { allowServerOnlyOutsideNext } from "./lib/server-only-outside-next";

allowServerOnlyOutsideNext();

const rootFlag = process.argv.indexOf("--root");
const root = path.resolve(rootFlag >= 0 ? (process.argv[rootFlag + 1] ?? "lessons") : "lessons");
const { scanCourse } = await import("@/lib/lessons/discover");
const { formatOutline } = await import("@/lib/lessons/outline");
console.log(formatOutline(await scanCourse(root)));
