import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { ERROR_CATALOGUE } from '../../src/core/error-catalogue.js';
import { describeFrame } from '../../src/lab/describe-frame.js';
import { EXPERIMENTS } from '../../src/lab/experiment-ids.js';
import type { LabEvent } from '../../src/lab/experiment-kit.js';
import { compareEvent, stepEvent } from '../../src/lab/lab-narration.js';
import { probeLab } from '../../src/lab/probe-lab.js';
import { TOPICS } from '../../src/practice/topics/index.js';
import { encapsulate } from '../../src/sim/encapsulate.js';
import { freePort } from '../helpers/free-port.js';
import { type CliResult, runCli } from '../helpers/run-cli.js';
import { spawnCli } from '../helpers/spawn-cli.js';
import { killLabsAfterTest, labOwners } from '../lab/_lab-helpers.js';
import {
  checkLines,
  RECORD_TYPES,
  readSchema,
  SCHEMA_FILES,
  schemaAjv,
  validatorOf,
} from './_schemas.js';

/**
 * The record types each command writes under --json, the error record included. Every command
 * takes --json (a global option), so every command of src/cli/commands.ts has a row.
 */
const COVERAGE: Readonly<Record<string, readonly string[]>> = {
  'same-subnet': ['same-subnet', 'batch-error', 'error'],
  subnet: ['subnet', 'subnet-split', 'block', 'batch-error', 'error'],
  summarize: ['block', 'error'],
  mask: ['mask', 'batch-error', 'error'],
  classify: ['classify', 'batch-error', 'error'],
  port: ['port', 'batch-error', 'error'],
  mac: ['mac', 'batch-error', 'error'],
  demo: ['demo-event', 'error'],
  chat: ['demo-event', 'error'],
  send: ['transfer-event', 'error'],
  receive: ['transfer-event', 'error'],
  lesson: ['lesson', 'lesson-summary', 'error'],
  tour: ['lesson', 'error'],
  practice: ['practice-question', 'practice-grade', 'practice-score', 'error'],
  arp: ['arp', 'error'],
  handshake: ['handshake', 'error'],
  layers: ['layers', 'error'],
  lab: ['lab-event', 'error'],
};

/** One real invocation and the record types its stdout must hold, each at least once. */
interface Case {
  readonly args: readonly string[];
  readonly records: readonly string[];
  readonly input?: string;
  /** The exit status; 0 unless given. */
  readonly code?: number;
}

const CALCULATORS: readonly Case[] = [
  {
    args: ['same-subnet', '192.168.1.5', '192.168.1.77', '255.255.255.0'],
    records: ['same-subnet'],
  },
  { args: ['same-subnet', '10.0.0.1/24', '10.0.0.2/25'], records: ['same-subnet'] },
  { args: ['same-subnet', '2001:db8::1/64', '2001:db8::ffff/64'], records: ['same-subnet'] },
  { args: ['subnet', '192.168.1.77/26'], records: ['subnet'] },
  { args: ['subnet', '10.0.0.1/31'], records: ['subnet'] },
  { args: ['subnet', '2001:db8::1/64'], records: ['subnet'] },
  { args: ['subnet', '192.168.1.0/24', '/26'], records: ['subnet-split'] },
  { args: ['subnet', '10.0.0.0/24', '--count', '3', '--limit', '2'], records: ['subnet-split'] },
  { args: ['subnet', '2001:db8::/32', '/64', '--limit', '2'], records: ['subnet-split'] },
  { args: ['subnet', '10.0.0.5-10.0.0.20'], records: ['block'] },
  { args: ['subnet', '2001:db8::-2001:db8::ff'], records: ['block'] },
  { args: ['summarize', '10.0.0.0/25', '10.0.0.128/25', '192.168.0.0/24'], records: ['block'] },
  { args: ['summarize', '2001:db8::/49', '2001:db8:0:8000::/49'], records: ['block'] },
  { args: ['mask', '255.255.240.0'], records: ['mask'] },
  { args: ['mask', '/31'], records: ['mask'] },
  { args: ['mask', 'ffff:ffff::'], records: ['mask'] },
  {
    args: ['classify', '10.0.0.1', '8.8.8.8', '::ffff:10.0.0.1', '64:ff9b::a00:1', 'ff02::1'],
    records: ['classify'],
  },
  { args: ['classify', '224.0.0.251', '3fff::1', '4000::1', '192.0.0.9'], records: ['classify'] },
  { args: ['port', '0', '80', '443', '8000-8100', 'ssh'], records: ['port'] },
  { args: ['port', '22', '--check'], records: ['port'] },
  { args: ['port', 'http', '--check'], records: ['port'] },
  { args: ['mac', '00:1b:63:00:00:00'], records: ['mac'] },
  { args: ['mac', '01:80:c2:00:00:00'], records: ['mac'] },
  { args: ['mac', 'ff-ff-ff-ff-ff-ff'], records: ['mac'] },
  { args: ['mac', '0200.0000.0001'], records: ['mac'] },
];

/** Good and bad lines, answered by each command's batch (and its fast path). */
const BATCHES: readonly Case[] = [
  {
    args: ['same-subnet', '--stdin'],
    input: '10.0.0.1 10.0.0.2 /24\n2001:db8::1/64 2001:db8::2/64\nbad\n10.0.0.1/8 10.9.9.9/8\n',
    records: ['same-subnet', 'batch-error'],
    code: 2,
  },
  {
    args: ['subnet', '--stdin'],
    input: '10.1.2.3/21\n192.168.1.7 255.255.255.0\n300.1.1.1/24\n2001:db8::1/64\n',
    records: ['subnet', 'batch-error'],
    code: 2,
  },
  {
    args: ['mask', '--stdin'],
    input: '255.255.255.0\n/20\n255.0.255.0\n',
    records: ['mask', 'batch-error'],
    code: 2,
  },
  {
    args: ['classify', '--stdin'],
    input: '10.0.0.1\nbad\n::1\n100.64.0.1\n',
    records: ['classify', 'batch-error'],
    code: 2,
  },
  {
    args: ['port', '--stdin'],
    input: '80\n1-1024\nhttp\n70000\n',
    records: ['port', 'batch-error'],
    code: 2,
  },
  {
    args: ['mac', '--stdin'],
    input: '00:1a:2b:3c:4d:5e\nzz\n33:33:00:00:00:01\n',
    records: ['mac', 'batch-error'],
    code: 2,
  },
];

const LESSONS_AND_SIMULATIONS: readonly Case[] = [
  { args: ['lesson'], records: ['lesson-summary'] },
  { args: ['lesson', 'layers'], records: ['lesson'] },
  { args: ['lesson', 'ports', '--lang', 'zh'], records: ['lesson'] },
  { args: ['tour'], records: ['lesson'] },
  { args: ['practice', '--seed', 's1234', '--count', '40'], records: ['practice-question'] },
  {
    args: ['practice', 'tcp', 'arp', 'vlsm', '--seed', 's9', '--level', 'hard', '--answers'],
    records: ['practice-question'],
  },
  { args: ['arp'], records: ['arp'] },
  { args: ['arp', '--from', 'R', '--to', '192.168.1.99'], records: ['arp'] },
  { args: ['arp', '--to', '169.254.1.1'], records: ['arp'] },
  { args: ['handshake'], records: ['handshake'] },
  { args: ['handshake', '--data', 'hello, server'], records: ['handshake'] },
  { args: ['layers'], records: ['layers'] },
  { args: ['layers', '--payload', ''], records: ['layers'] },
];

/** Bad input to every command: an error record, exit 2. */
const ERRORS: readonly Case[] = [
  [],
  ['no-such-command'],
  ['same-subnet', '10.0.0.1'],
  ['subnet', '300.1.1.1/24'],
  ['summarize', '10.0.0.0/24', '2001:db8::/32'],
  ['mask', '255.0.255.0'],
  ['classify', '1.2.3'],
  ['port', '99999'],
  ['mac', 'zz'],
  ['demo'],
  ['chat', '--role', 'nope'],
  ['send', 'no-such-file', '--to', '127.0.0.1:9'],
  ['receive', '--dir', 'package.json', '--port', '0'],
  ['lesson', 'no-such-lesson'],
  ['tour', '--lang', 'xx'],
  ['practice'],
  ['arp', '--from', 'Z'],
  ['handshake', '--isn-client', 'x'],
  ['layers', '--payload', 'x'.repeat(1461)],
  ['lab', 'no-such-verb'],
].map((args) => ({ args, records: ['error'], code: 2 }));

const DEMOS: readonly Case[] = [
  ...['tcp', 'udp', 'sticky', 'ports', 'bind', 'http', 'transfer'].map((name) => ({
    args: ['demo', name],
    records: ['demo-event'],
  })),
  { args: ['demo', 'transfer', '--broken'], records: ['demo-event'] },
];

/** What the tests after the tables check, by command: chat, transfer, grading and the lab. */
const BESPOKE: readonly Case[] = [
  { args: ['chat'], records: ['demo-event'] },
  { args: ['send'], records: ['transfer-event'] },
  { args: ['receive'], records: ['transfer-event'] },
  { args: ['practice', 'grade'], records: ['practice-grade', 'practice-score'] },
  { args: ['lab'], records: ['lab-event'] },
];

/** Runs `netlab ...args --json` and checks every stdout line against the case's record types. */
async function expectRecords(run: Case, options: { readonly cwd?: string } = {}): Promise<void> {
  const result = await runCli([...run.args, '--json'], {
    ...(run.input === undefined ? {} : { input: run.input }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  expectOutput(result, run);
}

function expectOutput(result: CliResult, run: Case): void {
  const { matched, failures } = checkLines(result.stdout, run.records);
  expect(failures, result.stderr).toEqual([]);
  expect([...matched].sort()).toEqual([...run.records].sort());
  expect(result.code, result.stderr).toBe(run.code ?? 0);
}

/** The names a case list exercises. */
const named = (cases: readonly Case[]) => cases.map((run) => [run.args.join(' ') || '(none)', run]);

describe('the schemas', () => {
  test('every schema file is draft 2020-12 and compiles in strict mode, its $refs resolved', () => {
    const ajv = schemaAjv();
    for (const name of SCHEMA_FILES) {
      const schema = readSchema(name);
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, name).toBe(`${name}.schema.json`);
      expect(typeof schema.title, name).toBe('string');
      expect(ajv.getSchema(`${name}.schema.json`), name).toBeTypeOf('function');
    }
    expect(RECORD_TYPES.length).toBeGreaterThan(20);
  });

  test("the error record's codes are exactly the error catalogue's", () => {
    const defs = readSchema('error').$defs as { code: { enum: string[] } };
    expect([...defs.code.enum].sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
  });

  test("a failed transfer's codes are exactly the catalogue's wire codes", () => {
    const defs = readSchema('transfer-event').$defs as { wireCode: { enum: string[] } };
    const wire = new Set(
      Object.values(ERROR_CATALOGUE).flatMap((spec) => ('wire' in spec ? [spec.wire] : [])),
    );
    expect([...defs.wireCode.enum].sort()).toEqual([...wire].sort());
  });

  test("a practice question's topics are exactly the practice topics", () => {
    const defs = readSchema('defs').$defs as { topic: { enum: string[] } };
    expect(defs.topic.enum).toEqual(TOPICS.map((topic) => topic.id));
  });

  test('a schema refuses a field the contract does not have, and a missing one', () => {
    const record = {
      version: 4,
      prefix: 24,
      mask: '255.255.255.0',
      wildcard: '0.0.0.255',
      binary: '11111111.11111111.11111111.00000000',
      addresses: 256,
      hosts: 254,
    };
    expect(validatorOf('mask')(record)).toBe(true);
    expect(validatorOf('mask')({ ...record, extra: 1 })).toBe(false);
    const { hosts: _hosts, ...withoutHosts } = record;
    expect(validatorOf('mask')(withoutHosts)).toBe(false);
    expect(validatorOf('error')({ error: { code: 'no-such-code', message: 'x' } })).toBe(false);
  });

  test('every command has a coverage row, and every record type is written by some command', () => {
    const names = commands.map((command) => command.command.split(' ')[0]);
    expect(Object.keys(COVERAGE).sort()).toEqual([...names].sort());
    expect([...new Set(Object.values(COVERAGE).flat())].sort()).toEqual([...RECORD_TYPES]);
  });

  test('docs/json.md links the schema of every record type', async () => {
    const page = await readFile(new URL('../../docs/json.md', import.meta.url), 'utf8');
    const linked = [...page.matchAll(/\(\.\.\/schemas\/([\w-]+)\.schema\.json\)/g)].map(
      (match) => match[1],
    );
    expect([...new Set(linked)].sort()).toEqual([...RECORD_TYPES]);
  });

  test('the event logs docs/demos.md and docs/transfer.md show, which no test replays, keep the contract', async () => {
    const page = (name: string) => readFile(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
    const records = (text: string, start: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith(start))
        .map((line) => `${line}\n`)
        .join('');
    const demo = checkLines(records(await page('demos.md'), '{"t":'), ['demo-event']);
    const transfer = checkLines(records(await page('transfer.md'), '{"event":'), [
      'transfer-event',
    ]);
    expect([demo, transfer]).toEqual([
      { matched: new Set(['demo-event']), failures: [] },
      { matched: new Set(['transfer-event']), failures: [] },
    ]);
  });

  test('the invocations below check each record type of each command in the coverage table, and no other', () => {
    const pairs = (entries: readonly (readonly [string, readonly string[]])[]) =>
      [
        ...new Set(entries.flatMap(([command, records]) => records.map((r) => `${command} ${r}`))),
      ].sort();
    const cases = [...CALCULATORS, ...BATCHES, ...LESSONS_AND_SIMULATIONS, ...ERRORS, ...DEMOS];
    const exercised = [...cases, ...BESPOKE]
      .filter((run) => COVERAGE[run.args[0] ?? ''] !== undefined)
      .map((run) => [run.args[0] ?? '', run.records] as const);
    expect(pairs(exercised)).toEqual(pairs(Object.entries(COVERAGE)));
  });
});

describe('real --json output matches the schemas', { timeout: 60_000 }, () => {
  test.each(named(CALCULATORS))('netlab %s --json', async (_name, run) => {
    await expectRecords(run as Case);
  });

  test.each(named(BATCHES))('printf ... | netlab %s --json', async (_name, run) => {
    await expectRecords(run as Case);
  });

  test.each(named(LESSONS_AND_SIMULATIONS))('netlab %s --json', async (_name, run) => {
    await expectRecords(run as Case);
  });

  test.each(named(ERRORS))('netlab %s --json (an error record)', async (_name, run) => {
    await expectRecords(run as Case);
  });

  test.each(named(DEMOS))('netlab %s --json on loopback', async (_name, run) => {
    await expectRecords(run as Case);
  });

  test('netlab demo tcp --role client --json with no server: a failed run is an error record', async () => {
    const port = await freePort();
    await expectRecords({
      args: ['demo', 'tcp', '--role', 'client', '--port', String(port)],
      records: ['error'],
      code: 1,
    });
  });

  test('netlab chat --json, a server and a client on loopback', async () => {
    const server = spawnCli(['chat', '--role', 'server', '--port', '0', '--json']);
    const port = await server.waitForStdout(
      (text) => /"event":"listen".*"port":(\d+)/.exec(text)?.[1],
    );
    const client = await runCli(['chat', '--role', 'client', '--port', port, '--json'], {
      input: 'hello\n你好\n',
    });
    expectOutput(client, { args: [], records: ['demo-event'] });
    await server.waitForStdout((text) => (text.includes('你好') ? true : undefined));
    server.child.kill('SIGINT');
    const ended = await server.exit;
    const { matched, failures } = checkLines(ended.stdout, ['demo-event', 'error']);
    expect(failures).toEqual([]);
    expect(matched.has('demo-event')).toBe(true);
  });

  test('netlab receive and send --json: a file that arrives, one that exists, a receiver that is gone', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'netlab-schemas-'));
    const file = join(folder, 'notes.bin');
    await writeFile(file, Buffer.alloc(300_000, 7));
    const receiveOnce = async () => {
      const receiver = spawnCli([
        'receive',
        '--once',
        '--port',
        '0',
        '--dir',
        join(folder, 'inbox'),
        '--json',
      ]);
      const port = await receiver.waitForStdout(
        (text) => /"event":"listen".*"port":(\d+)/.exec(text)?.[1],
      );
      return { receiver, port };
    };
    const first = await receiveOnce();
    const sent = await runCli(['send', file, '--to', `127.0.0.1:${first.port}`, '--json']);
    expectOutput(sent, { args: [], records: ['transfer-event'] });
    expectOutput({ ...(await first.receiver.exit) }, { args: [], records: ['transfer-event'] });

    const second = await receiveOnce();
    const refused = await runCli(['send', file, '--to', `127.0.0.1:${second.port}`, '--json']);
    expectOutput(refused, { args: [], records: ['transfer-event'], code: 1 });
    expect(refused.stdout).toContain('"ok":false');
    const receiverEnd = await second.receiver.exit;
    expectOutput(receiverEnd, { args: [], records: ['transfer-event'], code: 1 });
    expect(receiverEnd.stdout).toContain('"code":"file-exists"');

    const gone = await runCli(['send', file, '--to', `127.0.0.1:${await freePort()}`, '--json']);
    expectOutput(gone, { args: [], records: ['transfer-event'], code: 1 });
    expect(gone.stdout).toContain('"code":"connect-failed"');
  });

  test('netlab practice grade --json: right, wrong, unparsed and missing answers, then the score', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'netlab-schemas-'));
    const key = await runCli(['practice', '--seed', 's77', '--count', '6', '--answers', '--json']);
    const answers = key.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { answer: string }).answer);
    const given = [answers[0], 'not an answer at all', '', answers[3], '999.999.999.999', ''];
    await writeFile(join(folder, 'answers.txt'), `${given.join('\n')}\n`);
    const graded = await runCli(
      ['practice', 'grade', 'answers.txt', '--seed', 's77', '--count', '6', '--json'],
      { cwd: folder },
    );
    expectOutput(graded, { args: [], records: ['practice-grade', 'practice-score'] });
    const verdicts = graded.stdout
      .trim()
      .split('\n')
      .flatMap((line) => {
        const row = JSON.parse(line) as { verdict?: string };
        return row.verdict === undefined ? [] : [row.verdict];
      });
    expect(verdicts).toContain('right');
    expect(verdicts).toContain('missing');
  });

  test('netlab layers --pcap --json names the file it wrote', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'netlab-schemas-'));
    await expectRecords(
      { args: ['layers', '--pcap', 'frame.pcap'], records: ['layers'] },
      { cwd: folder },
    );
    expect((await readFile(join(folder, 'frame.pcap'))).length).toBeGreaterThan(0);
  });
});

/** Frames captured on a lab's switch by `lab arp` and `lab udp` (ARP, ICMP echo, UDP). */
const RECORDED_FRAMES = [
  'ffffffffffff02000000000a0806000108000604000102000000000ac0a8010a000000000000c0a80114',
  '02000000000a02000000001408060001080006040002020000000014c0a8011402000000000ac0a8010a',
  '02000000001402000000000a08004500005459ba400040015d80c0a8010ac0a801140800045700100001ab02116b000000006e570a0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637',
  '02000000001402000000000a0800450000216831400040114f2cc0a8010ac0a80114e64e2328000d838d68656c6c6f',
];

describe('lab events without a lab', () => {
  test('one event of each kind an experiment reports, and the facts of recorded, simulated and unreadable frames, match lab-event', () => {
    const frames = [
      ...RECORDED_FRAMES.map((hex) => Uint8Array.from(Buffer.from(hex, 'hex'))),
      encapsulate(new TextEncoder().encode('GET / HTTP/1.1\r\n\r\n')).frame,
      new Uint8Array(5),
      Uint8Array.from(Buffer.from('3333000000010200000000aa86dd6000', 'hex')),
    ];
    const events: LabEvent[] = [
      stepEvent('arp.before'),
      stepEvent('bind.round', { address: '127.0.0.1', target: '192.168.1.20' }),
      { event: 'command', host: 'A', argv: ['ip', 'neigh'], code: 0, output: '' },
      { event: 'command', host: 'B', argv: ['sleep', '9'], code: null, output: 'killed' },
      compareEvent('gateway.ttl', { kernel: '64 -> 63', simulation: '64 -> 64' }),
      compareEvent('arp.frames', {
        kernel: [describeFrame(Uint8Array.from(Buffer.from(RECORDED_FRAMES[0] ?? '', 'hex')))],
        simulation: [],
      }),
      ...frames.map((bytes, index) => ({
        event: 'frame' as const,
        on: 's1',
        n: index + 1,
        frame: describeFrame(bytes),
      })),
    ];
    const kinds = events.flatMap((event) => (event.event === 'frame' ? [event.frame.kind] : []));
    expect(new Set(kinds)).toEqual(new Set(['arp', 'icmp', 'udp', 'tcp', 'other']));
    const stdout = events.map((event) => `${JSON.stringify(event)}\n`).join('');
    expect(checkLines(stdout, ['lab-event'])).toEqual({
      matched: new Set(['lab-event']),
      failures: [],
    });
  });
});

const lab = await probeLab();

describe.runIf(lab.ok)(
  'lab --json output matches the schemas (in real namespaces)',
  {
    timeout: 90_000,
  },
  () => {
    test('netlab lab arp --json --pcap: steps, commands, frames, the comparison and the pcap', async () => {
      killLabsAfterTest(await labOwners());
      const folder = await mkdtemp(join(tmpdir(), 'netlab-schemas-'));
      expect(EXPERIMENTS).toContain('arp');
      await expectRecords(
        { args: ['lab', 'arp', '--pcap', 'arp.pcap'], records: ['lab-event'] },
        { cwd: folder },
      );
    });

    test('netlab lab up, status and down --json', async () => {
      killLabsAfterTest(await labOwners());
      const name = `schemas${process.pid}`;
      await expectRecords({ args: ['lab', 'up', '--name', name], records: ['lab-event'] });
      const status = await runCli(['lab', 'status', '--json']);
      expectOutput(status, { args: [], records: ['lab-event'] });
      expect(status.stdout).toContain(`"lab":"${name}"`);
      await expectRecords({ args: ['lab', 'down', '--name', name], records: ['lab-event'] });
    });
  },
);
