// Batch mode (`--stdin`) end to end, against two references run side by side in the same run:
//   python ipaddress   Python's standard library on the same lines: ip_address(), is_private,
//                      is_global, one JSON object a line (json.dumps)
//   plain loop         the floor: a Node loop that reads stdin, finds the lines, parses four
//                      octets and writes one line each; no classification at all
// Every contender is a fresh process with stdin from a file and stdout to /dev/null, timed from
// spawn to exit (start-up included), best of BENCH_BATCH_ROUNDS (default 2).
// Linearity: classify --json over an empty file (start-up alone), one line (start-up and the
// tables' first use), 10k, 100k, 1M and 10M lines, the sizes taking turns, more rounds for the
// small sizes (their figures are hundredths of a second apart), median of each. A size's cost of
// a line is its median minus the one-line run's, over its lines. The same runs give netlab's
// peak RSS (VmHWM); BENCH_BATCH_HUGE=0 skips the 10M file. Each block prints the load average.
// Warm-up: bench/_batch-warm-up.mjs times each 64 KiB chunk of each command's file in a fresh
// process, so the cost of the first lines, before V8 has optimised the code, shows apart from
// start-up. BENCH_BATCH_BASELINE=DIR (a build of another commit: node scripts/build.mjs --outdir
// DIR) runs that build's same-subnet, subnet and classify --json in turns with this one's.
// The input files are generated into a folder under the OS temp folder and removed afterwards.
// Run through `npm run bench -- batch`; it builds netlab into that folder first.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROUNDS = Number(process.env.BENCH_BATCH_ROUNDS ?? 2);
const HUGE = process.env.BENCH_BATCH_HUGE !== '0';
const BASELINE = process.env.BENCH_BATCH_BASELINE;
/** No run may take longer than this; a run that does fails the bench. */
const RUN_TIMEOUT_MS = 120_000;
// `npm run bench` runs the bundled copy of this file from the project folder.
const root = process.cwd();

// ---------------------------------------------------------------- inputs

/** A small seeded generator (mulberry32), so every run reads the same lines. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const next = random(14);
const int = (below) => Math.floor(next() * below);
const dotted = (value) =>
  [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');

/** Blocks that log files are full of, so that lookups hit the registry and not only its gaps. */
const V4_BLOCKS = [
  [0x0a000000, 8],
  [0xac100000, 12],
  [0xc0a80000, 16],
  [0x7f000000, 8],
  [0x64400000, 10],
  [0xa9fe0000, 16],
  [0xc0000200, 24],
  [0xe0000000, 4],
];

/** An IPv4 address: 70% uniform, 30% inside a common special-purpose block. */
function ipv4() {
  if (next() < 0.7) return int(2 ** 32);
  const [base, prefix] = V4_BLOCKS[int(V4_BLOCKS.length)];
  return (base + int(2 ** (32 - prefix))) >>> 0;
}

const hex = (value) => value.toString(16);

/** An IPv6 address in the forms people write: compressed, full, upper case; 2% IPv4-mapped. */
function ipv6() {
  const kind = next();
  if (kind < 0.02) return `::ffff:${dotted(ipv4())}`;
  const prefixes = [
    [0x2001, 0x0db8],
    [0xfe80, 0],
    [0xfd00 + int(256), int(65536)],
    [0x2a00 + int(256), int(65536)],
    [0x2600 + int(256), int(65536)],
  ];
  const [first, second] = prefixes[int(prefixes.length)];
  const groups = [first, second, int(65536), int(4), 0, 0, int(65536), int(65536)];
  if (kind < 0.15) return groups.map(hex).join(':').toUpperCase();
  if (kind < 0.3) return groups.map(hex).join(':');
  return `${hex(first)}:${hex(second)}:${hex(groups[2])}:${hex(groups[3])}::${hex(groups[6])}:${hex(groups[7])}`;
}

const mask = (prefix) => dotted(prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** Line makers, one per input kind. */
const LINES = {
  ipv4: () => dotted(ipv4()),
  mixed: () => (next() < 0.5 ? dotted(ipv4()) : ipv6()),
  pairs: () => {
    const prefix = 8 + int(23);
    const a = dotted(ipv4());
    const b = dotted(ipv4());
    const form = int(3);
    if (form === 0) return `${a} ${b} /${prefix}`;
    if (form === 1) return `${a}/${prefix} ${b}/${8 + int(23)}`;
    return `${a} ${b} ${mask(prefix)}`;
  },
  hosts: () => {
    const prefix = int(33);
    return next() < 0.5 ? `${dotted(ipv4())}/${prefix}` : `${dotted(ipv4())} ${mask(prefix)}`;
  },
};

/** Writes `count` lines of `kind` to a file, in large writes, and returns its path. */
async function generate(dir, kind, count) {
  const file = join(dir, `${kind}-${count}.txt`);
  const stream = createWriteStream(file);
  const make = LINES[kind];
  for (let written = 0; written < count; ) {
    const batch = [];
    for (let i = 0; i < 10_000 && written < count; i += 1, written += 1) batch.push(make());
    if (!stream.write(`${batch.join('\n')}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'close');
  return file;
}

// ---------------------------------------------------------------- the references

const PYTHON_CLASSIFY = `
import ipaddress, json, sys
out = sys.stdout
for line in sys.stdin:
    text = line.strip()
    try:
        a = ipaddress.ip_address(text)
        out.write(json.dumps({"address": str(a), "private": a.is_private, "global": a.is_global}) + "\\n")
    except ValueError as error:
        out.write(json.dumps({"input": text, "error": str(error)}) + "\\n")
`;

const PLAIN_LOOP = `
let pending = '';
let count = 0;
process.stdin.on('data', (chunk) => {
  const text = pending + chunk.toString('latin1');
  let out = '';
  let start = 0;
  for (let end = text.indexOf('\\n'); end !== -1; end = text.indexOf('\\n', start)) {
    let value = 0;
    let octet = 0;
    for (let at = start; at < end; at += 1) {
      const code = text.charCodeAt(at);
      if (code === 46) { value = value * 256 + octet; octet = 0; } else octet = octet * 10 + code - 48;
    }
    out += (value * 256 + octet) + '\\n';
    count += 1;
    start = end + 1;
  }
  pending = text.slice(start);
  if (!process.stdout.write(out)) { process.stdin.pause(); process.stdout.once('drain', () => process.stdin.resume()); }
});
`;

/** Reports the process' peak RSS (VmHWM) into the file named by NETLAB_BENCH_RSS at exit. */
const RSS_PRELOAD = `
const { readFileSync, writeFileSync } = require('node:fs');
process.on('exit', () => {
  const match = /^VmHWM:\\s+(\\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  writeFileSync(process.env.NETLAB_BENCH_RSS, match ? match[1] : '');
});
`;

// ---------------------------------------------------------------- running

/** Runs a command with stdin from `input` and stdout to /dev/null; resolves its seconds. */
async function timeRun(command, args, input, env = {}) {
  const stdin = openSync(input, 'r');
  const stdout = openSync('/dev/null', 'w');
  const started = performance.now();
  const child = spawn(command, args, {
    stdio: [stdin, stdout, 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  closeSync(stdin);
  closeSync(stdout);
  let stderr = '';
  // stdio[2] is 'pipe', so stderr is there.
  /** @type {import('node:stream').Readable} */ (child.stderr)
    .setEncoding('utf8')
    .on('data', (chunk) => {
      stderr += chunk;
    });
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  const [code, signal] = await once(child, 'close');
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} ended with ${code ?? signal}: ${stderr}`);
  }
  return seconds;
}

/** Best of ROUNDS; the contenders of one row take turns, so load hits them alike. */
async function bestOf(runs, rounds = ROUNDS) {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, run] of runs.entries()) best[index] = Math.min(best[index], await run());
  }
  return best;
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs each of `runs` (a run and its round count) in turns until each has had its rounds, so
 * load hits them alike; resolves every run's list of results.
 */
async function inTurns(runs) {
  const results = runs.map(() => []);
  const most = Math.max(...runs.map(([, rounds]) => rounds));
  for (let round = 0; round < most; round += 1) {
    for (const [index, [run, rounds]] of runs.entries()) {
      if (round < rounds) results[index].push(await run());
    }
  }
  return results;
}

const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`;

const fmt = (seconds) => `${seconds.toFixed(2)} s`;
const fmt3 = (seconds) => `${seconds.toFixed(3)} s`;
const verdict = (met) => (met ? 'met' : 'NOT met');

const dir = await mkdtemp(join(tmpdir(), 'netlab-bench-batch-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', join(dir, 'dist')], {
    stdio: 'inherit',
  });
  const bin = join(dir, 'dist', 'netlab.cjs');
  const floorScript = join(dir, 'plain-loop.cjs');
  writeFileSync(floorScript, PLAIN_LOOP);
  const preload = join(dir, 'rss.cjs');
  writeFileSync(preload, RSS_PRELOAD);
  const netlab = (args, input) => () => timeRun(process.execPath, [bin, ...args], input);

  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const oneLine = join(dir, 'one-line.txt');
  writeFileSync(oneLine, '192.0.2.1\n');
  const files = {
    ipv4: await generate(dir, 'ipv4', 1_000_000),
    ipv4Small: await generate(dir, 'ipv4', 10_000),
    ipv4Medium: await generate(dir, 'ipv4', 100_000),
    mixed: await generate(dir, 'mixed', 1_000_000),
    pairs: await generate(dir, 'pairs', 1_000_000),
    hosts: await generate(dir, 'hosts', 1_000_000),
  };

  console.log(`netlab --stdin, 1 000 000 lines a file, best of ${ROUNDS}, stdout to /dev/null`);
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log(`  (${load()})`);

  const [json, text, python, floor] = await bestOf([
    netlab(['classify', '--stdin', '--json'], files.ipv4),
    netlab(['classify', '--stdin'], files.ipv4),
    () => timeRun('python3', ['-c', PYTHON_CLASSIFY], files.ipv4),
    () => timeRun(process.execPath, [floorScript], files.ipv4),
  ]);
  const [mixed, pairs, hosts] = await bestOf([
    netlab(['classify', '--stdin', '--json'], files.mixed),
    netlab(['same-subnet', '--stdin', '--json'], files.pairs),
    netlab(['subnet', '--stdin', '--json'], files.hosts),
  ]);
  const baselineRows = [];
  if (BASELINE !== undefined) {
    // This build and the baseline's take turns, so that load hits them alike.
    const other = join(resolve(BASELINE), 'netlab.cjs');
    const baseline = (args, input) => () => timeRun(process.execPath, [other, ...args], input);
    const cases = [
      ['classify --stdin --json, IPv4', ['classify', '--stdin', '--json'], files.ipv4, 1.0],
      ['same-subnet --stdin --json', ['same-subnet', '--stdin', '--json'], files.pairs, 1.5],
      ['subnet --stdin --json', ['subnet', '--stdin', '--json'], files.hosts, 1.5],
    ];
    const best = await bestOf(
      cases.flatMap(([, args, input]) => [netlab(args, input), baseline(args, input)]),
    );
    for (const [index, [name, , , goal]] of cases.entries()) {
      baselineRows.push([`${name}, this build`, best[2 * index], goal]);
      baselineRows.push([`${name}, baseline`, best[2 * index + 1], null]);
    }
  }
  const rows = [
    ['classify --stdin --json, IPv4', json, 1.0],
    ['classify --stdin (text), IPv4', text, 1.0],
    ['python3 ipaddress, IPv4', python, null],
    ['plain loop (floor), IPv4', floor, null],
    ['classify --stdin --json, mixed v4/v6', mixed, 2.0],
    ['same-subnet --stdin --json', pairs, 1.5],
    ['subnet --stdin --json', hosts, 1.5],
    ...baselineRows,
  ];
  for (const [name, seconds, goal] of rows) {
    const lines = `${(1e6 / seconds / 1e6).toFixed(2)} M lines/s`;
    const floorRatio = `${(seconds / floor).toFixed(2)}x floor`;
    const against =
      goal === null ? '' : `  goal <= ${goal.toFixed(1)} s: ${verdict(seconds <= goal)}`;
    console.log(
      `  ${name.padEnd(44)} ${fmt(seconds).padStart(8)}  ${lines.padStart(15)}  ` +
        `${floorRatio.padStart(11)}${against}`,
    );
  }
  for (const [name, seconds] of [
    ['--json', json],
    ['text', text],
  ]) {
    const speedup = python / seconds;
    const overFloor = seconds / floor;
    console.log(
      `  classify ${name}: ${speedup.toFixed(1)}x faster than python (goal >= 6: ${verdict(speedup >= 6)}), ` +
        `${overFloor.toFixed(1)}x the plain loop (goal <= 8: ${verdict(overFloor <= 8)})`,
    );
  }
  console.log(`  (${load()})`);

  // Linearity and memory: the sizes take turns; the small ones, a few hundredths of a second
  // apart, get more rounds. Each run also reports its peak RSS.
  const rssFile = join(dir, 'rss.txt');
  const measured = (input) => async () => {
    const seconds = await timeRun(
      process.execPath,
      ['--require', preload, bin, 'classify', '--stdin', '--json'],
      input,
      { NETLAB_BENCH_RSS: rssFile },
    );
    return { seconds, kib: Number(readFileSync(rssFile, 'utf8')) };
  };
  /** @type {[name: string, lines: number, input: string, rounds: number][]} */
  const sizes = [
    ['empty', 0, empty, 4 * ROUNDS + 3],
    ['1', 1, oneLine, 4 * ROUNDS + 3],
    ['10k', 1e4, files.ipv4Small, 4 * ROUNDS + 3],
    ['100k', 1e5, files.ipv4Medium, 2 * ROUNDS + 3],
    ['1M', 1e6, files.ipv4, ROUNDS + 1],
  ];
  if (HUGE) sizes.push(['10M', 1e7, await generate(dir, 'ipv4', 10_000_000), ROUNDS]);
  const series = await inTurns(sizes.map(([, , input, rounds]) => [measured(input), rounds]));
  // The empty run is start-up alone; the one-line run adds the tables' first use (each is
  // compiled from careful answers the first time a line needs it). A line's cost is measured
  // over the one-line run, so that neither counts as the lines'.
  const medians = series.map((runs) => median(runs.map((run) => run.seconds)));
  const [startUp, firstUse] = medians;
  console.log(
    `classify --stdin --json by input size, median of the rounds; start-up (empty input) ` +
      `${fmt3(startUp)}, first use of the tables (one line) +${fmt3(firstUse - startUp)}; ` +
      `a line's cost is (median - one-line run) / (lines - 1)`,
  );
  let previous = null;
  /** @type {[name: string, ns: number][]} */
  const perLine = [];
  for (const [index, [name, lines]] of sizes.entries()) {
    const times = series[index].map((run) => run.seconds);
    const middle = medians[index];
    const peak = Math.max(...series[index].map((run) => run.kib)) / 1024;
    const spread = `${fmt3(Math.min(...times))}-${fmt3(Math.max(...times))}`;
    let cost = '';
    if (lines > 1) {
      const ns = ((middle - firstUse) / (lines - 1)) * 1e9;
      perLine.push([name, ns]);
      cost = `${ns.toFixed(0).padStart(5)} ns/line`;
      if (previous !== null) {
        const marginal = ((middle - previous.middle) / (lines - previous.lines)) * 1e9;
        cost += `, ${marginal.toFixed(0).padStart(4)} ns/line from ${previous.name}`;
      }
      previous = { name, lines, middle };
    }
    console.log(
      `  ${name.padEnd(5)} ${fmt3(middle).padStart(9)}  (${String(times.length).padStart(2)} runs ` +
        `${spread})  peak RSS ${peak.toFixed(0).padStart(3)} MiB  ${cost}`,
    );
  }
  // Every size from 10k up has lines, so the list is never empty.
  const [largest, last] = /** @type {[string, number]} */ (perLine.at(-1));
  console.log(
    `  a line's cost against the largest run's (${largest}): ` +
      perLine
        .map(([name, ns]) => {
          const ratio = ns / last;
          return `${name} ${ratio.toFixed(2)}${Math.abs(ratio - 1) <= 0.1 ? '' : ' (over 10%)'}`;
        })
        .join(', '),
  );
  console.log(`  (${load()})`);

  // Warm-up: each command's file through its fast answerer in a fresh process, chunk by chunk.
  const helper = join(dir, 'warm-up.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'bench', '_batch-warm-up.mjs')],
    outfile: helper,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  console.log(
    'warm-up, in a fresh process, the first line alone, then 64 KiB chunks, CPU time (V8 compiler ' +
      'threads included): the first 10k lines against the same lines at the steady rate (the ' +
      "median chunk's, last half)",
  );
  for (const [command, input] of [
    ['classify', files.ipv4],
    ['same-subnet', files.pairs],
    ['subnet', files.hosts],
  ]) {
    const [[, , oneLine], ...chunks] = JSON.parse(
      execFileSync(process.execPath, [helper, command, input], { encoding: 'utf8' }),
    );
    const steady = median(chunks.slice(chunks.length >> 1).map(([lines, , cpu]) => cpu / lines));
    let lines = 0;
    let cpu = 0;
    let count = 0;
    for (const [own, , ms] of chunks) {
      if (lines >= 1e4) break;
      lines += own;
      cpu += ms;
      count += 1;
    }
    const first = chunks.slice(0, 4).map(([, , ms]) => ms.toFixed(1));
    console.log(
      `  ${command.padEnd(12)} one line first ${oneLine.toFixed(1).padStart(5)} ms, ` +
        `then the first ${lines} lines ${cpu.toFixed(1).padStart(6)} ms ` +
        `(${count} chunks: ${first.join(', ')} ms, ...), at the steady rate ` +
        `${(steady * lines).toFixed(1)} ms (${((steady * 1e6) / 1e3).toFixed(2)} µs/line): ` +
        `warm-up +${(cpu - steady * lines).toFixed(1)} ms`,
    );
  }
  console.log(`  (${load()})`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
