import { readContentJson } from './content-file.js';
import type { ExitCode } from './exit-code.js';
import { type MessageValue, type Reason, resolveReasons } from './reason.js';

/**
 * What kind of failure a code is: bad input (exit 2), a runtime failure (exit 1) or a bug in
 * netlab (exit 1, reported as one).
 */
export type ErrorKind = 'input' | 'failure' | 'bug';

/** One catalogue entry: its kind and the placeholders its message template fills in. */
export interface ErrorSpec {
  readonly kind: ErrorKind;
  readonly params: readonly string[];
  /**
   * The params that are reasons (`{ key, params }`, see reason.ts), put in words in the
   * reader's language when the error is reported; any other param may hold a reason too.
   */
  readonly reasons?: readonly string[];
  /** For a file-transfer failure: the code it travels under in an error frame. */
  readonly wire?: string;
}

/**
 * Every error netlab reports, by its stable code. The English message templates are in
 * content/messages/en/errors.json under the same codes, with `{name}` for each placeholder; a
 * test checks that the two agree. README.md ("Error codes") lists every code.
 */
export const ERROR_CATALOGUE = {
  'unknown-command': { kind: 'input', params: ['command'] },
  'unknown-command-like': { kind: 'input', params: ['command', 'suggestion'] },
  'command-missing': { kind: 'input', params: [] },
  'extra-argument': { kind: 'input', params: ['value', 'command'] },
  'extra-arguments': { kind: 'input', params: ['values', 'command'] },
  'unknown-option': { kind: 'input', params: ['value', 'help'] },
  'unknown-options': { kind: 'input', params: ['values', 'help'] },
  'invalid-choice': { kind: 'input', params: ['value', 'option', 'choices'] },
  'missing-value': { kind: 'input', params: ['option', 'help'] },
  'option-given-twice': { kind: 'input', params: ['option', 'help'] },
  'missing-option': { kind: 'input', params: ['option', 'help'] },
  'missing-options': { kind: 'input', params: ['options', 'help'] },
  'too-few-arguments': { kind: 'input', params: ['got', 'need', 'help'] },
  'too-many-arguments': { kind: 'input', params: ['got', 'max', 'help'] },
  'conflicting-options': { kind: 'input', params: ['first', 'second', 'help'] },
  usage: { kind: 'input', params: ['message', 'help'] },
  'stdin-with-arguments': { kind: 'input', params: ['value'] },
  'stdin-failed': { kind: 'failure', params: ['why'] },
  'line-too-long': { kind: 'input', params: ['limit'] },
  'unclosed-quote': { kind: 'input', params: ['value', 'quote'] },
  'same-subnet-needs-input': { kind: 'input', params: [] },
  'subnet-needs-input': { kind: 'input', params: [] },
  'mask-needs-input': { kind: 'input', params: [] },
  'classify-needs-input': { kind: 'input', params: [] },
  'port-needs-input': { kind: 'input', params: [] },
  'mac-needs-input': { kind: 'input', params: [] },
  'bad-subnet-case': { kind: 'input', params: ['count'] },
  'pcap-no-name': { kind: 'input', params: [] },
  'pcap-exists': { kind: 'input', params: ['name'] },
  'pcap-write-failed': { kind: 'failure', params: ['name', 'why'] },
  'export-write-failed': { kind: 'failure', params: ['name', 'why'] },
  'export-needs-lesson': { kind: 'input', params: [] },
  'out-needs-export': { kind: 'input', params: ['value'] },
  'payload-too-long': { kind: 'input', params: ['length', 'max'] },
  'isn-conflict': { kind: 'input', params: ['option'] },
  'data-empty': { kind: 'input', params: ['length', 'max'] },
  'data-too-long': { kind: 'input', params: ['length', 'max'] },
  'bad-address': { kind: 'input', params: ['value', 'why'], reasons: ['why'] },
  'bad-mask': { kind: 'input', params: ['noun', 'value', 'why'], reasons: ['noun', 'why'] },
  'prefix-not-length': { kind: 'input', params: ['prefix', 'value'] },
  'mask-given-twice': { kind: 'input', params: ['mask', 'value', 'prefix'] },
  'mask-missing': { kind: 'input', params: ['value', 'address'] },
  'bad-host-pair': { kind: 'input', params: ['value', 'count'], reasons: ['count'] },
  'mixed-versions': { kind: 'input', params: ['pair'], reasons: ['pair'] },
  'pair-mask-given-twice': { kind: 'input', params: ['pair', 'mask'], reasons: ['pair'] },
  'pair-mask-missing': { kind: 'input', params: ['pair', 'a', 'b'], reasons: ['pair'] },
  'bad-port': { kind: 'input', params: ['value', 'why'], reasons: ['why'] },
  'bad-mac': { kind: 'input', params: ['value', 'why'], reasons: ['why'] },
  'port-outside-ranges': { kind: 'bug', params: ['port'] },
  'bad-arp-send': { kind: 'input', params: ['from', 'to', 'why'] },
  'bad-sequence-number': { kind: 'input', params: ['option', 'value', 'why'] },
  'bad-bytes': { kind: 'failure', params: ['what', 'length', 'got'] },
  'tcp-call': { kind: 'bug', params: ['call', 'state'] },
  'arp-no-host': { kind: 'bug', params: ['id'] },
  'handshake-loop': { kind: 'bug', params: ['max'] },
  'unknown-lesson': { kind: 'input', params: ['value', 'choices'] },
  'lesson-text-missing': { kind: 'bug', params: ['lesson', 'lang', 'step'] },
  'no-time-wait': { kind: 'bug', params: [] },
  'no-data-ack': { kind: 'bug', params: [] },
  'no-syn-ack': { kind: 'bug', params: [] },
  'no-service': { kind: 'bug', params: ['name'] },
  'no-layer': { kind: 'bug', params: ['subject'] },
  'bad-port-option': { kind: 'input', params: ['value', 'why'] },
  'client-port-zero': { kind: 'input', params: [] },
  'bad-host': { kind: 'input', params: ['value', 'why'], reasons: ['why'] },
  'broken-needs-transfer': { kind: 'input', params: ['name'] },
  'unknown-choice': { kind: 'input', params: ['what', 'value', 'choices'] },
  'socket-failed': { kind: 'failure', params: ['action', 'endpoint', 'meaning', 'errno', 'hint'] },
  'bad-bind-address': { kind: 'input', params: ['action', 'endpoint', 'meaning', 'errno', 'hint'] },
  'connection-lost': { kind: 'failure', params: ['peer', 'meaning', 'errno', 'hint'] },
  'timed-out': { kind: 'failure', params: ['what', 'seconds'] },
  'connect-timeout': { kind: 'failure', params: ['endpoint', 'seconds'] },
  'port-probe-failed': { kind: 'failure', params: ['transport', 'port', 'host', 'why', 'errno'] },
  'too-much-data': { kind: 'failure', params: ['peer', 'limit'] },
  'read-timeout': { kind: 'failure', params: ['peer', 'seconds'] },
  'finish-timeout': { kind: 'failure', params: ['peer', 'seconds'] },
  'truncated-frame': { kind: 'failure', params: ['pending', 'detail'] },
  'delimiter-in-payload': { kind: 'failure', params: ['offset'] },
  'connection-idle': { kind: 'failure', params: ['peer', 'seconds'] },
  'frame-over-limit': { kind: 'failure', params: ['length', 'limit'] },
  interrupted: { kind: 'failure', params: [] },
  'bad-target': { kind: 'input', params: ['value', 'why'] },
  'bad-timeout': { kind: 'input', params: ['value', 'max'] },
  'dir-is-file': { kind: 'input', params: ['dir'] },
  'dir-missing': { kind: 'input', params: ['dir'] },
  'unsendable-name': { kind: 'input', params: ['path', 'problem'] },
  'unreadable-file': { kind: 'input', params: ['path', 'why'] },
  'not-a-file': { kind: 'input', params: ['path'] },
  'header-too-long': { kind: 'failure', params: ['what', 'length', 'limit'], wire: 'bad-header' },
  'header-not-json': { kind: 'failure', params: ['what', 'why'], wire: 'bad-header' },
  'header-not-object': { kind: 'failure', params: ['what'], wire: 'bad-header' },
  'header-field-not-text': { kind: 'failure', params: ['what', 'key'], wire: 'bad-header' },
  'header-bad-size': { kind: 'failure', params: ['what', 'value'], wire: 'bad-header' },
  'empty-frame': { kind: 'failure', params: [], wire: 'bad-frame' },
  'bad-data-frame': { kind: 'failure', params: ['length', 'max'], wire: 'bad-frame' },
  'bad-end-frame': { kind: 'failure', params: ['length', 'size'], wire: 'bad-frame' },
  'unknown-frame-type': { kind: 'failure', params: ['type'], wire: 'bad-frame' },
  'unreadable-answer': { kind: 'failure', params: ['why'], wire: 'bad-frame' },
  'send-connection-broke': { kind: 'failure', params: ['target', 'why'], wire: 'peer-reset' },
  'receive-connection-broke': {
    kind: 'failure',
    params: ['peer', 'errno', 'progress'],
    wire: 'peer-reset',
  },
  'connect-interrupted': { kind: 'failure', params: ['target'], wire: 'interrupted' },
  'send-interrupted': { kind: 'failure', params: ['target'], wire: 'interrupted' },
  'receive-interrupted': { kind: 'failure', params: ['peer', 'progress'], wire: 'interrupted' },
  'connect-failed': { kind: 'failure', params: ['why'], wire: 'connect-failed' },
  'receiver-refused': {
    kind: 'failure',
    params: ['target', 'reason', 'peerCode'],
    wire: 'refused',
  },
  'sender-frame-from-peer': {
    kind: 'failure',
    params: ['target', 'kind'],
    wire: 'unexpected-frame',
  },
  'ack-from-sender': { kind: 'failure', params: [], wire: 'unexpected-frame' },
  'header-before-end': { kind: 'failure', params: ['next', 'current'], wire: 'unexpected-frame' },
  'frame-before-header': { kind: 'failure', params: ['what'], wire: 'unexpected-frame' },
  'answer-too-large': {
    kind: 'failure',
    params: ['target', 'length', 'max'],
    wire: 'frame-too-large',
  },
  'incoming-frame-too-large': {
    kind: 'failure',
    params: ['length', 'peer', 'limit', 'meaning'],
    wire: 'frame-too-large',
  },
  'receiver-closed-early': { kind: 'failure', params: ['target'], wire: 'peer-closed' },
  'connection-closed-early': { kind: 'failure', params: ['target'], wire: 'peer-closed' },
  'connection-from-closed': { kind: 'failure', params: ['peer', 'progress'], wire: 'peer-closed' },
  'sender-gave-up': { kind: 'failure', params: ['progress', 'reason'], wire: 'peer-closed' },
  'sender-closed': { kind: 'failure', params: ['progress'], wire: 'peer-closed' },
  'sender-closed-in-frame': { kind: 'failure', params: ['why'], wire: 'peer-closed' },
  'receiver-stalled': { kind: 'failure', params: ['target', 'seconds'], wire: 'idle-timeout' },
  'sender-too-slow': {
    kind: 'failure',
    params: ['peer', 'seconds', 'progress', 'rate'],
    wire: 'idle-timeout',
  },
  'sender-stalled': {
    kind: 'failure',
    params: ['peer', 'seconds', 'progress'],
    wire: 'idle-timeout',
  },
  'more-than-announced': { kind: 'failure', params: ['size', 'name'], wire: 'size-mismatch' },
  'refused-file-name': { kind: 'failure', params: ['name', 'problem'], wire: 'bad-name' },
  'receive-failed': { kind: 'failure', params: ['why'], wire: 'write-failed' },
  'file-shrank': { kind: 'failure', params: ['path', 'sent', 'size'], wire: 'file-changed' },
  'file-exists': { kind: 'failure', params: ['name'], wire: 'file-exists' },
  'part-file-exists': { kind: 'failure', params: ['name'], wire: 'file-exists' },
  'file-appeared': { kind: 'failure', params: ['name'], wire: 'file-exists' },
  'name-being-received': { kind: 'failure', params: ['name'], wire: 'file-exists' },
  'checksum-mismatch': { kind: 'failure', params: ['got', 'expected'], wire: 'checksum-mismatch' },
  'part-create-failed': { kind: 'failure', params: ['name', 'why'], wire: 'write-failed' },
  'save-failed': { kind: 'failure', params: ['name', 'why'], wire: 'write-failed' },
  'part-write-failed': { kind: 'failure', params: ['name', 'why'], wire: 'write-failed' },
  'size-differs': { kind: 'failure', params: ['got', 'size'], wire: 'size-mismatch' },
  'wrong-ack': { kind: 'failure', params: ['name', 'size', 'sha256'], wire: 'bad-frame' },
  'prefix-empty': { kind: 'input', params: ['value', 'fix'], reasons: ['fix'] },
  'unknown-service': { kind: 'input', params: ['value'] },
  'bad-block': { kind: 'input', params: ['value', 'why'], reasons: ['why'] },
  'bad-range': { kind: 'input', params: ['value', 'why'], reasons: ['why'] },
  'summary-mixed-versions': {
    kind: 'input',
    params: ['version', 'value', 'otherVersion', 'other'],
  },
  'bad-count': { kind: 'input', params: ['option', 'value', 'why'], reasons: ['why'] },
  'bad-port-range': { kind: 'input', params: ['value', 'why'], reasons: ['why'] },
  'bad-port-list': { kind: 'input', params: ['value', 'item'] },
  'bad-split': { kind: 'input', params: ['block', 'why'], reasons: ['why'] },
  'bad-mask-case': { kind: 'input', params: ['count'] },
  'bad-port-case': { kind: 'input', params: ['value'] },
  'too-many-ports': { kind: 'input', params: ['count', 'max'] },
  'check-range': { kind: 'input', params: [] },
  'check-with-stdin': { kind: 'input', params: [] },
  'option-not-for-form': { kind: 'input', params: ['what', 'value', 'form', 'why'] },
  'summarize-needs-input': { kind: 'input', params: [] },
  'lab-not-linux': { kind: 'failure', params: ['platform'] },
  'lab-tool-missing': { kind: 'failure', params: ['tool', 'package'] },
  'lab-dumpcap-missing': { kind: 'failure', params: [] },
  'lab-userns-clone-off': { kind: 'failure', params: [] },
  'lab-userns-apparmor': { kind: 'failure', params: [] },
  'lab-userns-max-zero': { kind: 'failure', params: [] },
  'lab-userns-refused': { kind: 'failure', params: ['said'] },
  'lab-userns-refused-silently': { kind: 'failure', params: [] },
  'no-lab': { kind: 'failure', params: ['name'] },
  'no-lab-named': { kind: 'failure', params: ['name'] },
  'lab-too-many-topologies': { kind: 'input', params: ['values'] },
  'lab-running': { kind: 'failure', params: ['name'] },
  'unknown-lab-host': { kind: 'input', params: ['host', 'lab', 'hosts'] },
  'lab-run-needs-command': { kind: 'input', params: ['host'] },
  'bad-capture': { kind: 'input', params: ['on', 'lab', 'switches', 'cables'] },
  'bad-seconds': { kind: 'input', params: ['value', 'max'] },
  'experiment-no-arguments': { kind: 'input', params: ['id', 'values'] },
  'unknown-lab-verb': { kind: 'input', params: ['value', 'verbs', 'experiments'] },
  'lab-pcap-write': { kind: 'failure', params: ['name', 'errno'] },
  capture: { kind: 'failure', params: ['on', 'output'] },
  'capture-exited': { kind: 'failure', params: ['on'] },
  'capture-not-started': { kind: 'failure', params: ['on', 'errno'] },
  'topology-missing': { kind: 'input', params: ['source', 'builtins'] },
  'topology-unreadable': { kind: 'input', params: ['source', 'errno'] },
  'topology-bad-yaml': { kind: 'input', params: ['source', 'line', 'problem'] },
  'topology-bad-yaml-unplaced': { kind: 'input', params: ['source', 'problem'] },
  'topology-document-not-mapping': { kind: 'input', params: ['source'] },
  'topology-document-unknown-key': { kind: 'input', params: ['source', 'key', 'keys'] },
  'topology-not-mapping': { kind: 'input', params: ['source', 'place'] },
  'topology-unknown-key': { kind: 'input', params: ['source', 'place', 'key', 'keys'] },
  'topology-not-list': { kind: 'input', params: ['source', 'place'] },
  'topology-too-many': { kind: 'input', params: ['source', 'place', 'count', 'max'] },
  'topology-not-text': { kind: 'input', params: ['source', 'place'] },
  'topology-bad-name': { kind: 'input', params: ['source', 'place', 'name'] },
  'topology-name-twice': { kind: 'input', params: ['source', 'place', 'name'] },
  'topology-bad-value': { kind: 'input', params: ['source', 'place', 'problem'] },
  'topology-unknown-switch': { kind: 'input', params: ['source', 'place', 'name', 'switches'] },
  'topology-ipv-six': { kind: 'input', params: ['source', 'place'] },
  'topology-not-host-address': { kind: 'input', params: ['source', 'place', 'value'] },
  'topology-multicast-mac': { kind: 'input', params: ['source', 'place'] },
  'topology-not-boolean': { kind: 'input', params: ['source', 'place'] },
  'topology-gateway-off-subnet': { kind: 'input', params: ['source', 'place', 'gateway', 'host'] },
  'topology-address-twice': { kind: 'input', params: ['source', 'host', 'address', 'other'] },
  'topology-mac-twice': { kind: 'input', params: ['source', 'host', 'mac', 'other'] },
  'lab-run': { kind: 'failure', params: ['command', 'errno'] },
  'lab-unreadable': { kind: 'failure', params: ['lab', 'output'] },
  'lab-lost': { kind: 'failure', params: [] },
  'lab-timeout': { kind: 'failure', params: ['seconds'] },
  'lab-start': { kind: 'failure', params: ['status'] },
  'lab-start-said': { kind: 'failure', params: ['status', 'output'] },
  'lab-not-started': { kind: 'failure', params: ['errno'] },
  'lab-stuck': { kind: 'failure', params: ['pid'] },
  'lab-server': { kind: 'failure', params: ['id', 'status'] },
  'unknown-topic': { kind: 'input', params: ['value', 'choices'] },
  'unknown-level': { kind: 'input', params: ['value', 'choices'] },
  'bad-question-count': { kind: 'input', params: ['value', 'max'] },
  'answers-too-large': { kind: 'input', params: ['file', 'size', 'max'] },
  'answers-missing': { kind: 'input', params: ['file'] },
  'answers-unreadable': { kind: 'input', params: ['file', 'errno'] },
  'answers-not-json': { kind: 'input', params: ['line', 'text'] },
  'answers-bad-row': { kind: 'input', params: ['line'] },
  'no-prefix': { kind: 'bug', params: ['hosts'] },
  'vlsm-fit': { kind: 'bug', params: ['prefix'] },
  'seed-missing': { kind: 'input', params: ['command'] },
  'seed-empty': { kind: 'input', params: ['value'] },
  'seed-too-long': { kind: 'input', params: ['value', 'max'] },
  'seed-has-space': { kind: 'input', params: ['value'] },
  'grade-needs-file': { kind: 'input', params: [] },
  'unknown-sheet-format': { kind: 'input', params: ['value'] },
  'bad-time-limit': { kind: 'input', params: ['value', 'max'] },
  'demo-needs-name': { kind: 'input', params: ['choices'] },
} as const satisfies Record<string, ErrorSpec>;

/** A code of the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

type Spec<C extends ErrorCode> = (typeof ERROR_CATALOGUE)[C];

/** The codes of one kind. */
export type CodeOfKind<K extends ErrorKind> = {
  [C in ErrorCode]: Spec<C>['kind'] extends K ? C : never;
}[ErrorCode];

/** The params of code `C` that must be reasons. */
type ReasonParamOf<C extends ErrorCode> =
  Spec<C> extends { readonly reasons: readonly (infer R)[] } ? R : never;

/** The values a code's template needs, by placeholder name; a reason param takes a reason. */
export type ErrorParams<C extends ErrorCode> = {
  readonly [P in Spec<C>['params'][number]]: P extends ReasonParamOf<C> ? Reason : MessageValue;
};

/** Options shared by every netlab error. */
export interface ErrorOptions {
  /** The underlying error, kept for debugging. */
  readonly cause?: unknown;
}

/**
 * The arguments that make an error of one of the codes `C`: the code, then its values (left out
 * when the template has none), then options. Each code is checked against its own placeholders.
 */
export type ErrorArgs<C extends ErrorCode> = {
  [K in C]: Spec<K>['params'] extends readonly []
    ? [code: K, params?: ErrorParams<K>, options?: ErrorOptions]
    : [code: K, params: ErrorParams<K>, options?: ErrorOptions];
}[C];

/** The exit status of a kind of error. */
export function exitStatus(kind: ErrorKind): ExitCode {
  return kind === 'input' ? 2 : 1;
}

const read = new Map<string, Readonly<Record<string, string>>>();

/** An English template file under content/messages/en, read once, on the first error. */
function englishTemplates(area: 'errors' | 'reasons'): Readonly<Record<string, string>> {
  let found = read.get(area);
  if (found === undefined) {
    found = readContentJson(`messages/en/${area}.json`) as Record<string, string>;
    read.set(area, found);
  }
  return found;
}

/** Fills a template's `{name}` placeholders; a name without a value stays as written. */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number | bigint>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Above this, a bigint is not exact as a number; CLDR's integer rules read no more than n % 1000000. */
const EXACT_COUNT = BigInt(Number.MAX_SAFE_INTEGER);
const MILLION = 1_000_000n;

/**
 * A count as `Intl.PluralRules` can read it, which takes no bigint: the number itself when it is
 * exact, else a number of seven digits with the same last six, so that every rule of CLDR (such
 * as French "many" for whole millions) chooses as it would for the count.
 */
function pluralOperand(count: number | bigint): number {
  if (typeof count === 'number') return count;
  const size = count < 0n ? -count : count;
  return size <= EXACT_COUNT ? Number(size) : Number(MILLION + (size % MILLION));
}

/**
 * The template of `key` from `lookup`: `key.one`/`key.other` (as `plurals` chooses by
 * `params.count`, a number or a bigint) before `key` itself, then `key.other`; the key itself
 * when none is there.
 */
export function chooseTemplate(
  lookup: (key: string) => string | undefined,
  key: string,
  params: Readonly<Record<string, unknown>>,
  plurals: Intl.PluralRules,
): string {
  const count = params.count;
  const plural =
    typeof count === 'number' || typeof count === 'bigint'
      ? lookup(`${key}.${plurals.select(pluralOperand(count))}`)
      : undefined;
  return plural ?? lookup(key) ?? lookup(`${key}.other`) ?? key;
}

const englishPlurals = new Intl.PluralRules('en');

/** A reason in English words, from content/messages/en/reasons.json. */
function englishReason(key: string, params: Readonly<Record<string, string | number>>): string {
  const reasons = englishTemplates('reasons');
  return fillTemplate(
    chooseTemplate((each) => reasons[each], key, params, englishPlurals),
    params,
  );
}

/** The message of an error: its code's template filled with its values, reasons in English. */
export function formatMessage<C extends ErrorCode>(code: C, params: ErrorParams<C>): string {
  const template = englishTemplates('errors')[code];
  if (template === undefined) return `${code} ${JSON.stringify(params)}`;
  return fillTemplate(template, resolveReasons(params, englishReason));
}
