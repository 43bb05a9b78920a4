import styles from "./lesson-content.module.css";

/** An image from public/ with a caption; width (in pixels) caps its size on wide screens. */
export function Figure({ src, alt, caption, width }: { src: string; alt: string; caption?: string; width?: string }) {
  const max = width && Number(width) > 0 ? `${Number(width)}px` : undefined;
  return (
    <figure className={styles.figure}>
      {/* Lesson figures are static files in public/: next/image adds nothing for SVG diagrams. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} loading="lazy" style={max ? { maxWidth: max } : undefined} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
