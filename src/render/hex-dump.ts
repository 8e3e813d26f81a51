/** Options for `hexDump`. */
export interface HexDumpOptions {
  /** Offset shown for the first byte (the bytes' place in a larger buffer). */
  readonly start?: number;
  /** Colours byte `index` (an offset within `bytes`); the identity when omitted. */
  readonly paint?: (text: string, index: number) => string;
}

const printable = (byte: number): string =>
  byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.';

/**
 * The classic hex dump, 16 bytes a line split 8 + 8, with the offset in hex and the printable
 * ASCII on the right (as Wireshark and `xxd` show it): 73 columns a line.
 */
export function hexDump(bytes: Uint8Array, options: HexDumpOptions = {}): string[] {
  const start = options.start ?? 0;
  const paint = options.paint ?? ((text: string) => text);
  const lines: string[] = [];
  for (let line = 0; line < bytes.length; line += 16) {
    const cells: string[] = [];
    let ascii = '';
    for (let index = line; index < line + 16; index += 1) {
      const byte = bytes[index];
      const cell = byte === undefined ? '  ' : paint(byte.toString(16).padStart(2, '0'), index);
      cells.push(index === line + 8 ? ` ${cell}` : cell);
      if (byte !== undefined) ascii += paint(printable(byte), index);
    }
    lines.push(
      `${(start + line).toString(16).padStart(4, '0')}  ${cells.join(' ')}   ${ascii}`.trimEnd(),
    );
  }
  return lines;
}
