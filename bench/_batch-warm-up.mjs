// A helper of bench/batch.mjs (names starting with "_" are not benchmarks of their own): pushes
// one input file, 64 KiB at a time as an fs stream reads stdin, through a fresh --json fast
// answerer in this process, and prints each chunk's lines, milliseconds and the process' CPU
// milliseconds (which count V8's compiler threads too) as JSON. Run in a
// fresh process, its first chunks show what the code costs before V8 has optimised it: the
// warm-up that a 10k-line run pays and a 1M-line run spreads thin.
// Usage (bundled by bench/batch.mjs): node warm-up.mjs classify|same-subnet|subnet FILE
import { readFileSync } from 'node:fs';
import {
  classifyBatchHandler,
  sameSubnetBatchHandler,
  subnetBatchHandler,
} from '../src/batch/careful-handlers.ts';
import { classifyAnswerer, sameSubnetAnswerer, subnetAnswerer } from '../src/batch/fast-batch.ts';

const COMMANDS = {
  classify: [classifyBatchHandler, classifyAnswerer],
  'same-subnet': [sameSubnetBatchHandler, sameSubnetAnswerer],
  subnet: [subnetBatchHandler, subnetAnswerer],
};
const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

const [command = '', file = ''] = process.argv.slice(2);
const found = COMMANDS[command];
if (found === undefined) throw new Error(`no command ${command}: ${Object.keys(COMMANDS)}`);
const [handler, makeAnswerer] = found;
const answerer = makeAnswerer(handler, { json: true, lang: 'en' });
const input = readFileSync(file);
// The file's first line goes alone first, as the bench's one-line run: it pays the first use of
// what the answers are made from (classify's tables), which the chunks after it do not.
const firstLine = input.indexOf(NEWLINE) + 1;
const chunks = [];
for (let start = 0; start < input.length; start = chunks.length === 1 ? firstLine : start + CHUNK) {
  const chunk = input.subarray(start, chunks.length === 0 ? firstLine : start + CHUNK);
  let lines = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) lines += 1;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const answers = answerer.push(chunk);
  const { user, system } = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  if (answers.failed) throw new Error(`a line of ${file} failed`);
  chunks.push([lines, ms, (user + system) / 1000]);
}
console.log(JSON.stringify(chunks));
