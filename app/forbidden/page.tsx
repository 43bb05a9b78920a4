import Link from "next/link";

export const metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <div style={{ maxWidth: "36rem", margin: "0 auto" }}>
      <h1>You don&apos;t have access to this page</h1>
      <p>Your account&apos;s role does not include this page. If you think it should, ask an administrator.</p>
      <p><Link href="/">Back to the course</Link></p>
    </div>
  );
}
