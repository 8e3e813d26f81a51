import { createColors } from 'picocolors';

/** The colours renderers may use; every one is the identity when colour is off. */
export type Palette = ReturnType<typeof createColors>;

/** A palette that colours only when `enabled` (decided at the edge: --no-color, NO_COLOR, TTY). */
export function palette(enabled: boolean): Palette {
  return createColors(enabled);
}
