import type { Reason } from '../core/reason.js';

/** What an internal reader returns: the value, or why the text was refused. */
export type Reading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly why: Reason };

/** A successful reading. */
export function accept<T>(value: T): Reading<T> {
  return { ok: true, value };
}

/** A refused reading, with the reason as data (its words are in the reasons messages). */
export function reject<T>(why: Reason): Reading<T> {
  return { ok: false, why };
}
