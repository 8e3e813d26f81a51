import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { onTestFinished } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { NETLAB_BIN } from '../helpers/run-cli.js';

/** One line of a demo's --json event log. */
export interface LoggedEvent {
  readonly t: number;
  readonly side: 'server' | 'client';
  readonly event: string;
  readonly bytes?: number;
  readonly data?: string;
  readonly host?: string;
  readonly port?: number;
  readonly peer?: string;
  readonly frame?: number;
  readonly part?: string;
  readonly code?: string;
  readonly message?: string;
}

/** Parses an NDJSON event log. */
export function parseEvents(text: string): LoggedEvent[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LoggedEvent);
}

/** Sockets, servers and timers this process holds: what a finished demo must not leave behind. */
function netHandles(): string[] {
  return process
    .getActiveResourcesInfo()
    .filter((name) => /TCP|UDP|Pipe|Timeout|Immediate/.test(name) && name !== 'PipeWrap')
    .sort();
}

/** Runs `main` in this process and reports what it wrote, and the handles it left open. */
export async function runInProcess(args: readonly string[], input?: string) {
  const before = netHandles();
  const io = memoryIo(input === undefined ? {} : { input });
  const code = await main(args, io);
  // Closing handles finishes on the next turns of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const leaked = netHandles().filter((name, index, all) => {
    const count = all.filter((other) => other === name).length;
    return count > before.filter((other) => other === name).length && all.indexOf(name) === index;
  });
  return { code, out: io.out(), err: io.err(), leaked };
}

/** A spawned netlab process whose stdout is read line by line. */
export interface Spawned {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves with the next stdout line that matches (lines seen earlier count too). */
  readonly line: (match: (line: string) => boolean) => Promise<string>;
  readonly lines: () => readonly string[];
  readonly stderr: () => string;
  /** Resolves with the exit code (or 128 + signal number) once the process ended. */
  readonly exited: Promise<number>;
}

const SIGNALS: Readonly<Record<string, number>> = { SIGINT: 2, SIGTERM: 15, SIGKILL: 9 };

/** Spawns the built binary; it is killed when the test ends if it is still running. */
export function spawnNetlab(args: readonly string[]): Spawned {
  const child = spawn(process.execPath, [NETLAB_BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const seen: string[] = [];
  let stderr = '';
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    seen.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? 128 + (SIGNALS[signal ?? ''] ?? 0)));
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const line = (match: (text: string) => boolean): Promise<string> => {
    const found = seen.find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      waiters.push({ match, resolve });
      exited.then(() => reject(new Error(`exited before the line; stderr: ${stderr}`)));
    });
  };
  return { child, line, lines: () => seen, stderr: () => stderr, exited };
}

/** Starts a demo server with --json on an OS-chosen port and waits for its listen event. */
export async function startServer(args: readonly string[]) {
  const server = spawnNetlab([...args, '--role', 'server', '--port', '0', '--json']);
  const ready = parseEvents(await server.line((text) => text.includes('"event":"listen"')))[0];
  return { ...server, port: String(ready?.port) };
}
