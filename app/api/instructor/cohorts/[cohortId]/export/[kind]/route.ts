import { handleCohortExport } from "@/lib/analytics/exports";

/** GET: the cohort progress table or its quiz attempts as CSV (see lib/analytics/exports.ts). */
export const GET = handleCohortExport;
