import stringWidth from 'string-width';

/** Widest line a list may draw. */
export const LIST_WIDTH = 80;

/** Space between two columns. */
const GAP = '  ';

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? `${fill}${text}` : `${text}${fill}`;
}

function layout(rows: readonly (readonly string[])[], keep: readonly number[]): string[] {
  const widths = keep.map((column) =>
    Math.max(...rows.map((row) => stringWidth(row[column] ?? ''))),
  );
  return rows.map((row) =>
    keep
      .map((column, at) => pad(row[column] ?? '', widths[at] ?? 0, column === 0))
      .join(GAP)
      .trimEnd(),
  );
}

/**
 * Lays out rows (the heading first) as aligned columns, the first right-aligned (a number), the
 * rest left-aligned. `layouts` lists which columns to keep, widest first: the first that fits
 * LIST_WIDTH is used, else the last one.
 */
export function columns(
  rows: readonly (readonly string[])[],
  layouts: readonly (readonly number[])[],
): string[] {
  let lines: string[] = [];
  for (const keep of layouts) {
    lines = layout(rows, keep);
    if (lines.every((line) => stringWidth(line) <= LIST_WIDTH)) return lines;
  }
  return lines;
}
