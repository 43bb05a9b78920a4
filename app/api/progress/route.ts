import { handleProgressPost } from "@/lib/progress/api";

/** POST /api/progress: the browser queue's batched writes (see lib/progress/api.ts). */
export const POST = handleProgressPost;
