"use client";
import styles from "./playground.module.css";

interface CellControlsProps {
  id: string;
  position: number;
  isFirst: boolean;
  isLast: boolean;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
}

export function CellControls({ id, position, isFirst, isLast, onMove, onDelete }: CellControlsProps) {
  return (
    <div className={styles.controls} role="group" aria-label={`Cell ${position} controls`}>
      <button type="button" id={`${id}-up`} className={styles.iconButton} disabled={isFirst} onClick={() => onMove(-1)} aria-label={`Move cell ${position} up`}>
        ↑
      </button>
      <button type="button" id={`${id}-down`} className={styles.iconButton} disabled={isLast} onClick={() => onMove(1)} aria-label={`Move cell ${position} down`}>
        ↓
      </button>
      <button type="button" className={styles.iconButton} data-testid="delete-cell" onClick={onDelete} aria-label={`Delete cell ${position}`}>
        ✕
      </button>
    </div>
  );
}
