import Link from "next/link";

export default function NotFound() {
  return (
    <div style={{ maxWidth: "36rem", margin: "0 auto" }}>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p><Link href="/">Go to the course map</Link></p>
    </div>
  );
}
