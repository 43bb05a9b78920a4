"use client";
import { useEffect, useRef } from "react";
import type { DisplayData } from "@/lib/kernel/outputs";
import styles from "./outputs.module.css";

type Image = Extract<DisplayData, { kind: "image" }>;
type Grid = Extract<DisplayData, { kind: "images" }>;

/** Pixels go straight onto a canvas through ImageData: no image URLs, no HTML. */
function PixelCanvas({ width, height, pixels, scale, label, fluid = false }: { width: number; height: number; pixels: Uint8ClampedArray; scale: number; label?: string; fluid?: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext("2d");
    if (!context || pixels.length !== width * height * 4) return;
    context.putImageData(new ImageData(new Uint8ClampedArray(pixels), width, height), 0, 0);
  }, [width, height, pixels]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      className={styles.pixels}
      // In a grid the images shrink with the cell so a wide grid never overflows it.
      style={fluid ? { width: "100%", maxWidth: width * scale, height: "auto" } : { width: width * scale, height: height * scale }}
      role="img"
      aria-label={label ? `Image: ${label}` : `Image ${width}×${height}`}
    />
  );
}

export function ImageOutput({ image }: { image: Image }) {
  return (
    <figure className={styles.figure}>
      <PixelCanvas width={image.width} height={image.height} pixels={image.pixels} scale={image.scale} label={image.label} />
      {image.label && <figcaption>{image.label}</figcaption>}
    </figure>
  );
}

export function ImageGrid({ grid }: { grid: Grid }) {
  return (
    <div className={styles.grid} style={{ gridTemplateColumns: `repeat(${grid.cols}, minmax(0, ${grid.width * grid.scale}px))` }}>
      {grid.images.map((image, index) => (
        <figure key={index} className={`${styles.figure} ${styles.gridItem}`}>
          <PixelCanvas width={grid.width} height={grid.height} pixels={image.pixels} scale={grid.scale} label={image.label} fluid />
          {image.label && <figcaption>{image.label}</figcaption>}
        </figure>
      ))}
    </div>
  );
}
