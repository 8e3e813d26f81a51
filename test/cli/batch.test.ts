import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { describe, expect, onTestFinished, test } from 'vitest';
import { MAX_LINE_LENGTH } from '../../src/batch/run-batch.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { NETLAB_BIN, runCli } from '../helpers/run-cli.js';

/** Runs netlab in-process with stdin fed from `chunks`, each a string or raw bytes. */
async function runWithChunks(args: readonly string[], chunks: readonly (string | Buffer)[]) {
  const io = memoryIo({ stdin: Readable.from(chunks) });
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const LINE_64 =
  '192.168.1.64/26: network 192.168.1.64, broadcast 192.168.1.127, hosts 192.168.1.65-192.168.1.126 (62)';
const LINE_10 =
  '10.0.0.1/8: network 10.0.0.0, broadcast 10.255.255.255, hosts 10.0.0.1-10.255.255.254 (16777214)';

describe('batch input is read as lines, however it is chunked', () => {
  test('a line split across chunks is read whole', async () => {
    const result = await runWithChunks(
      ['subnet', '--stdin'],
      ['192.168.1.', '64/26\n10.0', '.0.1/8\n'],
    );
    expect(result).toEqual({ code: 0, stdout: `${LINE_64}\n${LINE_10}\n`, stderr: '' });
  });

  test('two lines in one chunk, CRLF endings and no final newline are all read', async () => {
    const result = await runWithChunks(['subnet', '--stdin'], ['192.168.1.64/26\r\n10.0.0.1/8']);
    expect(result).toEqual({ code: 0, stdout: `${LINE_64}\n${LINE_10}\n`, stderr: '' });
  });

  test('a character split between byte chunks is decoded whole', async () => {
    const bytes = Buffer.from('1.2.3.\u0664/24\n');
    const result = await runWithChunks(
      ['subnet', '--stdin', '--json'],
      [bytes.subarray(0, 7), bytes.subarray(7)],
    );
    expect(JSON.parse(result.stdout)).toStrictEqual({
      line: 1,
      input: '1.2.3.\u0664/24',
      error: {
        code: 'bad-address',
        message:
          'cannot parse address "1.2.3.\u0664": character "\u0664" has no place in a dotted-decimal IPv4 address',
      },
    });
  });

  test('blank lines and # comments are skipped but still counted in line numbers', async () => {
    const result = await runWithChunks(
      ['subnet', '--stdin', '--json'],
      ['# cases\n\n   \n10.0.0.1\n'],
    );
    expect(result.stdout).toBe(
      `${JSON.stringify({
        line: 4,
        input: '10.0.0.1',
        error: {
          code: 'mask-missing',
          message:
            'cannot work out the subnet of "10.0.0.1": no mask given; add a prefix (10.0.0.1/24) or a mask (10.0.0.1 255.255.255.0)',
        },
      })}\n`,
    );
    expect(result.code).toBe(2);
  });

  test('fields may be separated by several spaces or tabs', async () => {
    const result = await runWithChunks(
      ['same-subnet', '--stdin'],
      ['  10.0.0.1 \t 10.0.1.1   /16  \n'],
    );
    expect(result).toEqual({
      code: 0,
      stdout: '10.0.0.1/16 10.0.1.1/16: same subnet 10.0.0.0/16\n',
      stderr: '',
    });
  });

  test(`a line longer than ${MAX_LINE_LENGTH} characters gets an error record and is never stored`, async () => {
    const long = '1'.repeat(MAX_LINE_LENGTH + 1);
    const chunks = [long.slice(0, 3000), long.slice(3000), '\n192.168.1.64/26\n'];
    const result = await runWithChunks(['subnet', '--stdin', '--json'], chunks);
    const [error, answer] = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(error).toStrictEqual({
      line: 1,
      input: `${'1'.repeat(64)}…`,
      error: {
        code: 'line-too-long',
        message: `the line is longer than ${MAX_LINE_LENGTH} characters; one case is one short line`,
      },
    });
    expect(answer).toMatchObject({ network: '192.168.1.64' });
    expect(result.code).toBe(2);
  });
});

describe('bad lines: the run goes on and ends with exit 2', () => {
  const input = '192.168.1.64/26\n127.1/8\n10.0.0.1/8\n';

  test('without --json, answers go to stdout and "netlab: line N: ..." errors to stderr', async () => {
    const result = await runCli(['subnet', '--stdin'], { input });
    expect(result).toEqual({
      code: 2,
      stdout: `${LINE_64}\n${LINE_10}\n`,
      stderr:
        'netlab: line 2: cannot parse address "127.1": an IPv4 address has four dotted octets, this has 2: inet_aton expands the shorthand to 127.0.0.1, most tools refuse it; write all four (127.0.0.1)\n',
    });
  });

  test('without --json, answers and errors come out in input order, as a terminal shows both', async () => {
    const log: string[] = [];
    const stream = (name: string) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          log.push(`${name}: ${chunk.toString().trimEnd().split('\n').join(`\n${name}: `)}`);
          done();
        },
      });
    const io = memoryIo({
      stdin: Readable.from([input]),
      stdout: stream('stdout'),
      stderr: stream('stderr'),
    });
    expect(await main(['subnet', '--stdin'], io)).toBe(2);
    expect(log.join('\n').split('\n')).toEqual([
      `stdout: ${LINE_64}`,
      expect.stringMatching(/^stderr: netlab: line 2: cannot parse address "127.1"/),
      `stdout: ${LINE_10}`,
    ]);
  });

  test('with --json, error records sit in the NDJSON stream in input order', async () => {
    const result = await runCli(['subnet', '--stdin', '--json'], { input });
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.network ?? record.line)).toEqual([
      '192.168.1.64',
      2,
      '10.0.0.0',
    ]);
    expect(records[1]).toStrictEqual({
      line: 2,
      input: '127.1/8',
      error: {
        code: 'bad-address',
        message:
          'cannot parse address "127.1": an IPv4 address has four dotted octets, this has 2: inet_aton expands the shorthand to 127.0.0.1, most tools refuse it; write all four (127.0.0.1)',
      },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
  });

  test('same-subnet --stdin --json answers each line in the documented shape', async () => {
    const result = await runCli(['same-subnet', '--stdin', '--json'], {
      input: '192.168.1.10/24 192.168.1.200/25\n1.2.3.4 1.2.3.5 24 25 26\n',
    });
    const [answer, error] = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answer).toStrictEqual({
      a: { address: '192.168.1.10', mask: '255.255.255.0', prefix: 24, network: '192.168.1.0' },
      b: {
        address: '192.168.1.200',
        mask: '255.255.255.128',
        prefix: 25,
        network: '192.168.1.128',
      },
      andsEqual: false,
      sameSubnet: false,
      aSeesB: true,
      bSeesA: false,
    });
    expect(error).toStrictEqual({
      line: 2,
      input: '1.2.3.4 1.2.3.5 24 25 26',
      error: {
        code: 'bad-host-pair',
        message:
          'cannot read "1.2.3.4 1.2.3.5 24 25 26" as a host pair: it has 5 fields, and a pair is two addresses and one or two masks (A B MASK, A B MASK_A MASK_B, or A/24 B)',
      },
    });
    expect(result.code).toBe(2);
  });

  test('an empty stdin is no cases: nothing printed, exit 0', async () => {
    expect(await runCli(['subnet', '--stdin'], { input: '' })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});

describe('failures that are not the input', () => {
  test('a stdin that fails to read is a runtime failure: exit 1 and one stderr line', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new Error('device not ready'));
      },
    });
    const io = memoryIo({ stdin });
    expect(await main(['subnet', '--stdin'], io)).toBe(1);
    expect(io.err()).toBe('netlab: cannot read the cases from stdin: device not ready\n');
  });

  test('an interrupted run stops reading and writes nothing more', async () => {
    const controller = new AbortController();
    const io = memoryIo({ stdin: Readable.from(['10.0.0.1/8\n', '192.168.1.64/26\n']) });
    controller.abort();
    expect(await main(['subnet', '--stdin'], io, controller.signal)).toBe(0);
    expect(io.out()).toBe('');
  });

  test('a reader that goes away (netlab ... | head) ends the run quietly', async () => {
    const child = spawn(process.execPath, [NETLAB_BIN, 'subnet', '--stdin'], { stdio: 'pipe' });
    onTestFinished(() => {
      child.kill();
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.on('error', () => {});
    child.stdin.write('10.0.0.1/8\n');
    await once(child.stdout, 'data');
    child.stdout.destroy();
    child.stdin.end('192.168.1.64/26\n'.repeat(50_000));
    const [code] = await once(child, 'close');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('streaming', () => {
  const LINES = 200_000;
  const BAD_EVERY = 10_000;

  test(`${LINES} lines stream through a 48 MB heap, answered while input still arrives`, async () => {
    // The heap limit is far below what the answers take as one string, so any whole-stream
    // buffering crashes the child; the first answer arrives before the input is finished.
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=48', NETLAB_BIN, 'same-subnet', '--stdin', '--json'],
      { stdio: 'pipe' },
    );
    onTestFinished(() => {
      child.kill();
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    let records = 0;
    let errors = 0;
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        records += 1;
        if (line.startsWith('{"line":')) errors += 1;
      }
    });
    const line = (n: number) =>
      n % BAD_EVERY === 0
        ? `10.${n % 256}.0.1 10.0.0.2 255.0.255.0\n`
        : `10.${n % 256}.${(n >> 8) % 256}.1 10.${n % 256}.7.9 /${8 + (n % 17)}\n`;
    child.stdin.write(line(1));
    await once(child.stdout, 'data');
    expect(records).toBe(1);
    for (let n = 2; n <= LINES; n += 1) {
      if (!child.stdin.write(line(n))) await once(child.stdin, 'drain');
    }
    child.stdin.end();
    const [code] = await once(child, 'close');
    expect(stderr).toBe('');
    expect(records).toBe(LINES);
    expect(errors).toBe(LINES / BAD_EVERY);
    expect(code).toBe(2);
  });
});

describe('streaming through the fast path', () => {
  test.for([
    ['classify', '10.0.0.1', '"address":"10.0.0.1"'],
    ['classify', '2001:db8::1', '"address":"2001:db8::1"'],
    ['same-subnet', '10.0.0.1 10.0.0.2 /24', '"sameSubnet":true'],
    ['subnet', '192.168.1.77/26', '"network":"192.168.1.64"'],
  ])(
    '%s --stdin --json answers %j before the rest of the input is written',
    async ([command, line, expected]) => {
      const child = spawn(process.execPath, [NETLAB_BIN, command!, '--stdin', '--json'], {
        stdio: 'pipe',
      });
      onTestFinished(() => {
        child.kill();
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
      });
      child.stdin.write(`${line}\n`);
      await once(child.stdout, 'data');
      // stdin is still open: the answer came out while netlab was waiting for more lines.
      expect(child.stdin.writableEnded).toBe(false);
      expect(stdout).toContain(expected);
      expect(stdout.split('\n')).toHaveLength(2);
      child.stdin.end(`${line}\n`.repeat(1000));
      const [code] = await once(child, 'close');
      expect(code).toBe(0);
      expect(stdout.trimEnd().split('\n')).toHaveLength(1001);
    },
  );

  test('200000 classify lines stream through a 48 MB heap, errors in input order', async () => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=48', NETLAB_BIN, 'classify', '--stdin', '--json'],
      { stdio: 'pipe' },
    );
    onTestFinished(() => {
      child.kill();
    });
    let pending = '';
    const errorLines: number[] = [];
    let records = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const text of lines) {
        records += 1;
        if (text.startsWith('{"line":')) errorLines.push(JSON.parse(text).line);
      }
    });
    const line = (n: number) =>
      n % 50_000 === 0 ? `010.0.0.${n % 256}\n` : `10.${n % 256}.${(n >> 8) % 256}.1\n`;
    for (let n = 1; n <= 200_000; n += 1) {
      if (!child.stdin.write(line(n))) await once(child.stdin, 'drain');
    }
    child.stdin.end();
    const [code] = await once(child, 'close');
    expect(records).toBe(200_000);
    expect(errorLines).toEqual([50_000, 100_000, 150_000, 200_000]);
    expect(code).toBe(2);
  });
});
