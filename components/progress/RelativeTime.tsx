/** A timestamp as a date and time in UTC (stable between server and browser), machine-readable. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  const text = `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
