/** What an internal reader returns: the value, or why the text was refused. */
export type Reading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly why: string };

/** A successful reading. */
export function accept<T>(value: T): Reading<T> {
  return { ok: true, value };
}

/** A refused reading, with the reason in words. */
export function reject<T>(why: string): Reading<T> {
  return { ok: false, why };
}
