import Table from 'cli-table3';

/** Options for a rendered table. */
export interface TableOptions {
  /** Column headings; omitted for a two-column key/value table. */
  readonly head?: readonly string[];
}

/**
 * Renders rows as a boxed table (cli-table3 measures CJK and colour codes correctly).
 * Cells are plain strings, already coloured by the caller if wanted.
 */
export function renderTable(
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const table = new Table({
    ...(options.head ? { head: [...options.head] } : {}),
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push([...row]);
  return table.toString();
}
