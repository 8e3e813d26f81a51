/** One inet_aton part: hexadecimal with 0x, octal with a leading 0, or decimal. */
const ATON_PART = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

function readPart(part: string): bigint {
  if (/^0[xX]/.test(part)) return BigInt(part);
  if (part.startsWith('0')) return part === '0' ? 0n : BigInt(`0o${part.slice(1)}`);
  return BigInt(part);
}

/**
 * What the C library's inet_aton(3) makes of `text`, or null when it refuses it. netlab never
 * accepts these legacy forms; it uses this reading only to tell the user what the text would
 * mean to other tools (`127.1` → 127.0.0.1, `012.1.2.3` → 10.1.2.3, `2130706433` → 127.0.0.1).
 */
export function inetAton(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length > 4 || !parts.every((part) => ATON_PART.test(part))) return null;
  const values = parts.map(readPart);
  const last = values.pop() ?? 0n;
  if (values.some((value) => value > 255n)) return null;
  const lastBits = BigInt(8 * (4 - values.length));
  if (last >= 1n << lastBits) return null;
  let result = 0n;
  for (const value of values) result = (result << 8n) | value;
  return (result << lastBits) | last;
}
