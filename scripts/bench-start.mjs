// Measures how long netlab takes to start and answer, against how long Node takes to do nothing.
//
//   node scripts/bench-start.mjs [--runs N] [--all] [--check]
//
// After a warm-up, each round runs `node -e 0` before each netlab command (A B A C ...), so both
// sides see the same machine load; the medians of all rounds are compared. --all adds --version,
// the menu, a command's help, the lesson list and the tcp demo. --check exits 1 when a calculator
// takes more than 1.5 times Node. It runs the built dist/netlab.cjs (`npm run bench:start` builds
// it first) with the user's code cache, which the warm-up fills.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const MAX_RATIO = 1.5;
const WARM_UP_RUNS = 3;
const bin = fileURLToPath(new URL('../dist/netlab.cjs', import.meta.url));

/** The commands the start-up goal is about, and the extra ones --all measures. */
const CALCULATORS = [
  ['same-subnet', '192.168.1.5', '192.168.1.77', '255.255.255.0'],
  ['port', '80'],
];
const EXTRAS = [['--version'], [], ['port', '--help'], ['lesson'], ['demo', 'tcp']];

/** Reads `--runs N`, `--all` and `--check` from the command line. */
function readOptions(argv) {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt === -1 ? 20 : Number.parseInt(argv[runsAt + 1] ?? '', 10);
  if (!Number.isInteger(runs) || runs < 10) {
    throw new Error(`--runs wants a whole number of at least 10, got "${argv[runsAt + 1]}"`);
  }
  return { runs, all: argv.includes('--all'), check: argv.includes('--check') };
}

/** Runs one command with output discarded and returns its wall time in milliseconds. */
function timeOnce(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`"node ${args.join(' ')}" exited ${result.status ?? result.signal}`);
  }
  return elapsed;
}

/** The median of a list of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs the alternating rounds and returns the baseline's times and each command's times. */
function measure(commands, runs) {
  const baseline = ['-e', '0'];
  const all = [baseline, ...commands.map((command) => [bin, ...command])];
  for (let warm = 0; warm < WARM_UP_RUNS; warm += 1) for (const args of all) timeOnce(args);
  const baselineTimes = [];
  const times = commands.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    commands.forEach((command, index) => {
      baselineTimes.push(timeOnce(baseline));
      times[index].push(timeOnce([bin, ...command]));
    });
  }
  return { baselineTimes, times };
}

/** One line per command: its median, Node's median and the ratio. */
function report(commands, { baselineTimes, times }, limit) {
  const node = median(baselineTimes);
  const lines = [`  ${'node -e 0'.padEnd(58)} ${node.toFixed(1).padStart(6)} ms`];
  const ratios = commands.map((command, index) => {
    const ms = median(times[index]);
    const ratio = ms / node;
    const label = `netlab ${command.join(' ')}`.padEnd(58);
    const verdict = limit === undefined ? '' : ratio <= limit ? '  ok' : `  over ${limit}x`;
    lines.push(`  ${label} ${ms.toFixed(1).padStart(6)} ms  ${ratio.toFixed(2)}x${verdict}`);
    return ratio;
  });
  return { text: lines.join('\n'), ratios };
}

/** The machine the figures come from. */
function machine() {
  const cpu = cpus();
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${memory} GiB, ${platform()} ${release()}, Node ${process.version}`;
}

const options = readOptions(process.argv.slice(2));
if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" first`);
process.stdout.write(`Machine: ${machine()}\n`);
process.stdout.write(
  `Median wall time of ${options.runs} alternating runs each, after ${WARM_UP_RUNS} warm-up runs:\n`,
);
const calculators = report(CALCULATORS, measure(CALCULATORS, options.runs), MAX_RATIO);
process.stdout.write(`${calculators.text}\n`);
if (options.all) {
  process.stdout.write('Other entry points (for comparison):\n');
  process.stdout.write(`${report(EXTRAS, measure(EXTRAS, options.runs)).text}\n`);
}
if (options.check && calculators.ratios.some((ratio) => ratio > MAX_RATIO)) {
  process.stdout.write(`A calculator took more than ${MAX_RATIO} times Node's own start.\n`);
  process.exitCode = 1;
}
