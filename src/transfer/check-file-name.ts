/** Longest name accepted, in UTF-8 bytes: 255 (the usual file-system limit) minus ".part". */
export const MAX_NAME_BYTES = 250;

/** Device names Windows reserves in every folder, with or without an extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** Characters Windows forbids in a file name (separators are checked on their own). */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;

/** A UTF-16 surrogate not paired with its other half: no UTF-8 file name can hold it. */
const LONE_SURROGATE = /\p{Cs}/u;

/** C0 control characters (NUL included), DEL and the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Bidirectional marks, embeddings, overrides and isolates: they make a name read as another. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Characters that show nothing, so two names that look the same differ. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/;

/** The byte-order mark, U+FEFF. */
const BOM = '\ufeff';

/** The suffix of a file still being received. */
const PART_SUFFIX = /\.part$/i;

/**
 * Says why `name` cannot be saved as a file in the receiver's folder, or undefined if it can.
 * Unsafe names are refused, never rewritten: a sanitised name could collide with another file or
 * surprise the sender. A name must be in Unicode NFC form (send normalises its own names to NFC). The rules keep every write inside the folder on Linux, macOS and Windows.
 *
 * @example
 * fileNameProblem('../x'); // 'it contains "/": only a base name is accepted, not a path'
 */
export function fileNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '.' || name === '..') return `"${name}" names a folder, not a file`;
  if (name.includes('/') || name.includes('\\')) {
    const separator = name.includes('/') ? '/' : '\\';
    return `it contains "${separator}": only a base name is accepted, not a path`;
  }
  if (name.includes('\0')) return 'it contains a NUL byte, which ends a name at the system call';
  if (CONTROL.test(name)) return 'it contains a control character';
  if (LONE_SURROGATE.test(name)) return 'it is not valid Unicode (it has a lone surrogate)';
  if (BIDI.test(name))
    return 'it contains a bidirectional control, which can make it read as another name';
  if (name.includes(BOM)) return 'it contains a byte-order mark (U+FEFF)';
  if (ZERO_WIDTH.test(name))
    return 'it contains a zero-width character, which hides a difference between names';
  if (name !== name.normalize('NFC')) {
    return 'it is not in Unicode NFC form (the same letters spelled another way would make a second file)';
  }
  if (PART_SUFFIX.test(name))
    return 'it ends with ".part", which the receiver uses for files still arriving';
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > MAX_NAME_BYTES) {
    return `it is ${bytes} bytes long in UTF-8; the limit is ${MAX_NAME_BYTES} (255 minus ".part")`;
  }
  if (name.startsWith('.')) {
    return 'it starts with ".": hidden files such as .bashrc or .profile are refused';
  }
  const forbidden = WINDOWS_FORBIDDEN.exec(name);
  if (forbidden) return `it contains "${forbidden[0]}", which Windows forbids in file names`;
  if (name.endsWith(' ') || name.endsWith('.')) {
    return 'it ends with a space or a dot, which Windows drops (the file would get another name)';
  }
  if (WINDOWS_DEVICE.test(name)) {
    return `"${name.split('.')[0]}" is a device name on Windows, not a file`;
  }
  return undefined;
}
