import { lessonFilesVersion } from "@/lib/lessons/dev-version";

/** Development only (404 in production): the version an open lesson page polls to reload on save. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (process.env.NODE_ENV === "production") return new Response("Not found", { status: 404 });
  const { id } = await params;
  return Response.json({ version: await lessonFilesVersion(id) }, { headers: { "Cache-Control": "no-store" } });
}
