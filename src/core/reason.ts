/**
 * Every reason netlab gives inside an error message ("octet "01" has a leading zero: …"), by
 * key, with the values its template is filled with. The readers of user input (src/calc, and
 * src/net for --host and --port) return a reason as data, `{ key, params }`; the words are in
 * content/messages/LANG/reasons.json under the same key, so the one who reports the error puts
 * it in the user's language. A param is a value only: an octet, a count, a suggested spelling,
 * or another reason.
 */
export const REASON_CATALOGUE = {
  'subnet-form-range': ['range'],
  'subnet-form-one': [],
  'subnet-part-mask': [],
  'subnet-part-prefix': [],
  'subnet-why-stdin': [],
  'subnet-why-range': [],
  'subnet-why-count': [],
  'subnet-why-limit': [],
  'noun-mask': [],
  'noun-wildcard': [],
  'noun-prefix': [],
  'number-form-hexadecimal': [],
  'number-form-octal': [],
  'number-form-integer': [],
  'full-width': ['char', 'codePoint', 'text'],
  'white-space-around': [],
  'address-empty': [],
  'address-with-prefix': ['prefix', 'address'],
  'host-name': [],
  'ipv4-stray-character': ['char'],
  'octet-empty': ['index'],
  'octet-hexadecimal': ['octet'],
  'octet-hexadecimal-over': ['octet', 'value'],
  'octet-hexadecimal-aton': ['octet', 'address'],
  'octet-not-decimal': ['octet'],
  'octet-over-255': ['octet'],
  'octal-bad-digit': ['octet'],
  'octal-over-255': ['octet', 'value'],
  'octet-leading-zero-refused': ['octet', 'octal'],
  'octet-leading-zero-refused-others': ['octet', 'octal', 'decimal'],
  'octet-leading-zero-same': ['octet', 'address'],
  'octet-leading-zero-octal': ['octet', 'address'],
  'octet-leading-zero-octal-others': ['octet', 'address', 'decimal'],
  'bare-number-aton': ['form', 'address'],
  'bare-number-too-big': [],
  'ipv4-octet-count': ['count'],
  'ipv4-octet-count-aton': ['count', 'address'],
  'ipv6-group-empty': [],
  'ipv6-group-too-long': ['group', 'digits'],
  'ipv6-tail-not-last': [],
  'ipv6-tail-invalid': ['tail', 'why'],
  'ipv6-zone': ['zone', 'address'],
  'ipv6-stray-character': ['char'],
  'ipv6-no-colon': [],
  'ipv4-with-port': ['address', 'port'],
  'ipv6-triple-colon': [],
  'ipv6-double-colon-twice': [],
  'ipv6-group-count': ['count'],
  'ipv6-double-colon-full': ['count'],
  'ipv6-invalid': ['detail'],
  'mask-empty': [],
  'prefix-not-decimal': [],
  'prefix-too-long': ['version', 'bits'],
  'prefix-too-long-bare': ['version', 'bits'],
  'mask-is-wildcard': ['prefix', 'binary', 'mask'],
  'mask-starts-with-zero': ['bit', 'binary'],
  'mask-not-contiguous': ['stop', 'bit', 'binary', 'mask', 'prefix'],
  'mask-short': ['count'],
  'mask-short-padded': ['count', 'mask', 'prefix'],
  'wildcard-not-contiguous': ['binary'],
  'wildcard-as-prefix': [],
  'mask-wrong-version': ['written', 'noun', 'wanted', 'example'],
  'prefix-split-by-space': ['next', 'joined'],
  'prefix-missing-length': ['example'],
  'field-count': ['count'],
  pair: ['a', 'b'],
  'block-no-prefix': ['address'],
  'block-host-bits': ['address', 'block'],
  'range-shape': [],
  'range-mixed-versions': [],
  'range-backwards': ['first', 'last'],
  'count-not-number': [],
  'count-over-max': ['max'],
  'split-prefix-shorter': ['prefix', 'parent', 'bits'],
  'split-count-zero': [],
  'split-too-few-addresses': ['size', 'count'],
  'port-empty': [],
  'port-spaces': [],
  'port-negative': [],
  'port-sign': [],
  'port-hexadecimal': ['decimal'],
  'port-octal-binary-prefix': [],
  'port-exponent': ['digits'],
  'port-exponent-huge': [],
  'port-fraction': [],
  'port-leading-zero': ['digits'],
  'port-over-max': ['max'],
  'port-not-digit': ['char'],
  'port-range-shape': [],
  'port-range-backwards': ['first', 'last'],
  'mac-empty': [],
  'mac-spaces': [],
  'mac-0x': [],
  'mac-white-space': [],
  'mac-stray-character': ['char', 'codePoint'],
  'mac-twelve-digits': [],
  'mac-digit-count': ['count'],
  'mac-mixed-separators': ['first', 'second'],
  'mac-mixed-separators-three': ['first', 'second', 'third'],
  'mac-eui-64': [],
  'mac-group-count': ['count'],
  'mac-group-empty': ['index'],
  'mac-group-one-digit': ['group', 'padded'],
  'mac-group-too-long': ['group', 'digits'],
  'mac-invalid': [],
  'mac-cisco-group-count': ['count'],
  'mac-cisco-group-length': ['group', 'digits'],
  'host-needs-address': ['why'],
  'target-no-port': [],
  'target-ipv6-unbracketed': [],
  'target-port-zero': [],
  'quoted-long': ['length', 'start'],
} as const satisfies Record<string, readonly string[]>;

/** A key of the reason catalogue. */
export type ReasonKey = keyof typeof REASON_CATALOGUE;

/** A value a message is filled with: text, a number, or a reason still to be put in words. */
export type MessageValue = string | number | Reason;

/** Why an input was refused, as data: the key of its words and the values they are filled with. */
export interface Reason {
  readonly key: ReasonKey;
  readonly params: Readonly<Record<string, MessageValue>>;
}

/** The values the template of reason `K` needs, by placeholder name. */
export type ReasonParams<K extends ReasonKey> = {
  readonly [P in (typeof REASON_CATALOGUE)[K][number]]: MessageValue;
};

/**
 * The reason `key` with its values; the template's placeholders are checked against the key.
 * @example reason('octet-over-255', { octet: '"300"' })
 */
export function reason<K extends ReasonKey>(
  key: K,
  ...[params]: (typeof REASON_CATALOGUE)[K] extends readonly [] ? [] : [ReasonParams<K>]
): Reason {
  return { key, params: params ?? {} };
}

/** Whether a message value is a reason (rather than text or a number). */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}

/** Puts a reason in words: its template, chosen by key (and count), filled with plain values. */
export type ReasonWords = (
  key: string,
  params: Readonly<Record<string, string | number>>,
) => string;

/**
 * `params` with every reason among them put in words by `words`, the reasons inside a reason
 * first; text and numbers stay as they are.
 */
export function resolveReasons(
  params: Readonly<Record<string, MessageValue>>,
  words: ReasonWords,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      isReason(value) ? words(value.key, resolveReasons(value.params, words)) : value,
    ]),
  );
}
