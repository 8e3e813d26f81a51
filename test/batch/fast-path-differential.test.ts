import { Readable } from 'node:stream';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { ByteOutput } from '../../src/batch/_byte-output.js';
import { fastClassify } from '../../src/batch/_fast-classify.js';
import { fastSameSubnet } from '../../src/batch/_fast-same-subnet.js';
import { fastSubnet } from '../../src/batch/_fast-subnet.js';
import {
  classifyBatchHandler,
  sameSubnetBatchHandler,
  subnetBatchHandler,
} from '../../src/batch/careful-handlers.js';
import {
  classifyAnswerer,
  sameSubnetAnswerer,
  subnetAnswerer,
} from '../../src/batch/fast-batch.js';
import {
  type AnswerForm,
  type BatchHandler,
  type ChunkAnswerer,
  MAX_LINE_LENGTH,
  runBatch,
} from '../../src/batch/run-batch.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseAddress } from '../../src/calc/parse-address.js';
import { SPECIAL_BLOCKS } from '../../src/calc/special-registry.js';
import { memoryIo } from '../helpers/memory-io.js';

// The fast path must answer every input byte for byte as the careful path does: same stdout,
// same stderr, same exit code, whatever the lines and however stdin is cut into chunks. These
// properties run both over the same random and hostile lines.

/** Runs one batch over `chunks`, with the careful answerer or with a fast one. */
async function run<R>(
  handler: BatchHandler<R>,
  { json, lang }: AnswerForm,
  chunks: readonly Buffer[],
  answerer?: ChunkAnswerer,
) {
  const io = memoryIo({ stdin: Readable.from(chunks) });
  const context = {
    io,
    json,
    lang,
    color: false,
    signal: new AbortController().signal,
    runCommand: async () => 0 as const,
  };
  const code = await runBatch(handler, context, answerer);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Cuts bytes at the given fractions of their length (sorted, duplicates kept). */
function cut(bytes: Buffer, fractions: readonly number[]): Buffer[] {
  const points = fractions
    .map((fraction) => Math.floor(fraction * bytes.length))
    .sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks.filter((chunk) => chunk.length > 0);
}

// ---------------------------------------------------------------- lines

const ipv4Value = fc.nat(0xffffffff);
const dotted = (value: number) => formatAddress({ version: 4, value: BigInt(value) });

/** Addresses at and next to every block's ends, where a table lookup is most likely off by one. */
function nearBlocks(version: 4 | 6) {
  const bits = version === 4 ? 32n : 128n;
  const edges = SPECIAL_BLOCKS.filter((block) => block.version === version).flatMap((block) => {
    const [base = '', prefix = ''] = block.cidr.split('/');
    const network = parseAddress(base).value;
    const size = 1n << (bits - BigInt(prefix));
    return [network - 1n, network, network + 1n, network + size - 1n, network + size];
  });
  const inRange = edges.filter((value) => value >= 0n && value < 1n << bits);
  return fc.constantFrom(...inRange).map((value) => formatAddress({ version, value }));
}

const group = fc.oneof(fc.constant(0), fc.nat(0xffff), fc.constantFrom(0xffff, 1, 0xdb8));
const groups = fc.array(group, { minLength: 8, maxLength: 8 });

/** IPv6 text in the forms people write: full, with leading zeros, compressed, upper case. */
const ipv6Text = fc
  .tuple(groups, fc.constantFrom('full', 'padded', 'canonical', 'upper', 'mapped', 'mapped-hex'))
  .map(([values, form]) => {
    const value = values.reduce((sum, part) => (sum << 16n) | BigInt(part), 0n);
    const canonical = formatAddress({ version: 6, value });
    if (form === 'full') return values.map((part) => part.toString(16)).join(':');
    if (form === 'padded')
      return values.map((part) => part.toString(16).padStart(4, '0')).join(':');
    if (form === 'upper') return canonical.toUpperCase();
    if (form === 'mapped') return `::ffff:${dotted((values[6]! << 16) | values[7]!)}`;
    if (form === 'mapped-hex')
      return `::ffff:${values[6]!.toString(16)}:${values[7]!.toString(16)}`;
    return canonical;
  });

/** Text that is nearly an address: what a fast parser could wrongly accept. */
const HOSTILE = [
  '',
  '   ',
  '# a comment',
  '  # indented comment',
  '01.2.3.4',
  '1.02.3.4',
  '00.0.0.0',
  '256.1.1.1',
  '1.2.3.999',
  '1.2.3',
  '1.2.3.4.5',
  '1..2.3',
  '.1.2.3',
  '1.2.3.',
  ' 1.2.3.4',
  '1.2.3.4 ',
  '\t1.2.3.4',
  '1.2.3.4\r',
  '1.2.3.4\r\r',
  '0x7f.0.0.1',
  '127.1',
  '2130706433',
  '1e2.0.0.1',
  '+1.2.3.4',
  '-1.2.3.4',
  '1.2.3.4/24',
  '1.2.3.4%eth0',
  '\u0661.2.3.4',
  '1.2.3.\u0664',
  '1.2.3.4\u00a0',
  '\ufeff1.2.3.4',
  '1.2.3.4:80',
  ':::',
  '::1::',
  '1::2::3',
  '12345::',
  '1:2:3:4:5:6:7:8:9',
  '1:2:3:4:5:6:7',
  ':1:2:3:4:5:6:7',
  '1:2:3:4:5:6:7:',
  '::ffff:1.2.3',
  '::ffff:01.2.3.4',
  '::FFFF:1.2.3.4',
  '::fffff:1.2.3.4',
  '0:0:0:0:0:ffff:1.2.3.4',
  '::1.2.3.4',
  '64:ff9b::1.2.3.4',
  '64:ff9b::a00:1',
  'fe80::1%eth0',
  '2001:db8::/32',
  'ff02::1',
  'g::1',
  '1'.repeat(MAX_LINE_LENGTH + 1),
  `${'1.2.3.4 '.repeat(600)}`,
];

/** A string over the characters addresses are made of, and a few that break them. */
const soup = fc
  .array(fc.constantFrom(...'0123456789abcdefABCDEF.:/ \t%#\u00a0\u0661xX-'.split('')), {
    maxLength: 24,
  })
  .map((chars) => chars.join(''));

const address = fc.oneof(
  { weight: 4, arbitrary: ipv4Value.map(dotted) },
  { weight: 2, arbitrary: nearBlocks(4) },
  { weight: 3, arbitrary: ipv6Text },
  { weight: 2, arbitrary: nearBlocks(6) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: soup },
);

const prefixText = fc.oneof(
  fc.integer({ min: 0, max: 32 }).map(String),
  fc.constantFrom('33', '64', '128', '024', '00', '', '-1', '2.4', '/'),
);

/** A mask field: "/24", "24", a dotted mask (contiguous or not), or something wrong. */
const maskField = fc.oneof(
  prefixText.map((prefix) => `/${prefix}`),
  prefixText,
  fc
    .integer({ min: 0, max: 32 })
    .map((prefix) => dotted(prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0)),
  ipv4Value.map(dotted),
  fc.constantFrom('0.0.0.255', '255.0.255.0', '255.255.255.256', 'ffff:ffff::', '/64', '//24'),
);

const host = fc.oneof(
  { weight: 3, arbitrary: ipv4Value.map(dotted) },
  {
    weight: 2,
    arbitrary: fc.tuple(ipv4Value, prefixText).map(([value, p]) => `${dotted(value)}/${p}`),
  },
  { weight: 1, arbitrary: address },
);

const separator = fc.constantFrom(' ', '\t', '  ', ' \t ');
const margin = fc.constantFrom('', '', ' ', '\t', '  ');

/** A line of fields joined by spaces or tabs, with optional margins. */
function fieldsLine(fields: fc.Arbitrary<string[]>) {
  return fc
    .tuple(fields, separator, margin, margin)
    .map(([parts, between, before, after]) => `${before}${parts.join(between)}${after}`);
}

const pairLine = fc.oneof(
  fieldsLine(fc.tuple(host, host, maskField).map((parts) => [...parts])),
  fieldsLine(fc.tuple(host, host, maskField, maskField).map((parts) => [...parts])),
  fieldsLine(fc.tuple(host, host).map((parts) => [...parts])),
  fieldsLine(fc.array(fc.oneof(host, maskField), { maxLength: 5 })),
  fc.constantFrom(...HOSTILE),
);

const subnetLine = fc.oneof(
  fieldsLine(fc.tuple(host).map((parts) => [...parts])),
  fieldsLine(fc.tuple(host, maskField).map((parts) => [...parts])),
  fieldsLine(fc.array(fc.oneof(host, maskField), { maxLength: 3 })),
  fc.constantFrom(...HOSTILE),
);

/** A whole input: lines, LF or CRLF endings, with or without a final newline, cut into chunks. */
function input(line: fc.Arbitrary<string>) {
  return fc.record({
    lines: fc.array(line, { minLength: 1, maxLength: 25 }),
    ending: fc.constantFrom('\n', '\r\n'),
    final: fc.boolean(),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
  });
}

// ---------------------------------------------------------------- the properties

/** Every form the fast paths answer in: NDJSON, and text in each language. */
const FORMS: readonly AnswerForm[] = [
  { json: true, lang: 'en' },
  { json: false, lang: 'en' },
  { json: false, lang: 'zh' },
];

const COMMANDS = [
  { name: 'classify', line: address, handler: classifyBatchHandler, fast: classifyAnswerer },
  {
    name: 'same-subnet',
    line: pairLine,
    handler: sameSubnetBatchHandler,
    fast: sameSubnetAnswerer,
  },
  { name: 'subnet', line: subnetLine, handler: subnetBatchHandler, fast: subnetAnswerer },
] as const;

describe.each(COMMANDS)('$name --stdin: the fast path answers as the careful path', (command) => {
  for (const form of FORMS) {
    const mode = form.json ? '--json' : `text in ${form.lang}`;
    fcTest.prop([input(command.line as fc.Arbitrary<string>)], { numRuns: 150 })(
      `${mode}: same stdout, stderr and exit code over random and hostile lines, any chunking`,
      async ({ lines, ending, final, cuts }) => {
        const handler = command.handler as BatchHandler<unknown>;
        const bytes = Buffer.from(lines.join(ending) + (final ? ending : ''));
        const careful = await run(handler, form, [bytes]);
        const fast = await run(handler, form, cut(bytes, cuts), command.fast(handler, form));
        expect(fast).toEqual(careful);
      },
    );
  }
});

// The differential tests above would pass if the fast path took no line at all: these show it
// takes the lines it is meant for.

/** Whether a fast line function answers `text` itself. */
function takes(fast: (bytes: Uint8Array, start: number, end: number, out: ByteOutput) => boolean) {
  return (text: string) => {
    const bytes = Buffer.from(text);
    return fast(bytes, 0, bytes.length, new ByteOutput());
  };
}

describe.each(FORMS)('the fast path takes the common lines itself (%o)', (form) => {
  fcTest.prop([ipv4Value])('classify takes every canonical IPv4 address', async (value) => {
    const handler = classifyBatchHandler;
    expect(takes(fastClassify(handler, form))(dotted(value))).toBe(true);
  });

  test.for([
    '2001:db8::1',
    '2001:DB8:0:0:0:0:0:1',
    'fe80::1',
    '::ffff:10.0.0.1',
    '::ffff:a00:1',
    '::',
    '2a00:1450::200e',
  ])('classify takes IPv6 %s', async (text) => {
    const handler = classifyBatchHandler;
    expect(takes(fastClassify(handler, form))(text)).toBe(true);
  });

  test.for([
    '10.0.0.1 10.0.0.2 /24',
    '10.0.0.1/8 10.0.0.2',
    '1.2.3.4 5.6.7.8 255.255.0.0 24',
    '1.2.3.4\t5.6.7.8 0',
    '10.0.0.5/24 10.0.1.0/23',
    '10.0.0.5/24 10.0.0.6/23',
  ])('same-subnet takes %j', (line) => {
    expect(takes(fastSameSubnet(form))(line)).toBe(true);
  });

  test.for(['192.168.1.77/26', '10.0.0.1 255.255.255.0', '0.0.0.0/0', '1.2.3.4 /32', '1.2.3.4 31'])(
    'subnet takes %j',
    (line) => {
      expect(takes(fastSubnet(form))(line)).toBe(true);
    },
  );
});
