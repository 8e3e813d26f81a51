/**
 * The texts of a message template around its placeholders, for a fast path that writes the
 * placeholders' values itself: `slots.length + 1` texts when the template's placeholders are
 * `slots` in that order, else null. A translation that orders its words otherwise is then
 * answered by the careful path, which fills placeholders wherever they stand.
 * @example templatePieces('{host}: network {network}', ['host', 'network']) // ['', ': network ', '']
 */
export function templatePieces(template: string, slots: readonly string[]): string[] | null {
  const parts = template.split(/\{(\w+)\}/);
  const texts = parts.filter((_, index) => index % 2 === 0);
  const names = parts.filter((_, index) => index % 2 === 1);
  const inOrder = names.length === slots.length && names.every((name, at) => name === slots[at]);
  return inOrder ? texts : null;
}
