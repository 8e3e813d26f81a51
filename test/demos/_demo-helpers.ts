import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import type { DemoEvent } from '../../src/demos/narrator.js';
import { memoryIo } from '../helpers/memory-io.js';
import { runCli } from '../helpers/run-cli.js';
import { spawnCli } from '../helpers/spawn-cli.js';

/** Parses an NDJSON event log. */
export function parseEvents(text: string): DemoEvent[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as DemoEvent);
}

/**
 * The bind demo's client attempts, "HOST reached" or "HOST CODE", grouped under the address of
 * the server (the last `listen` event) they were made against.
 */
export function attemptsByServer(out: string): Record<string, string[]> {
  const byServer: Record<string, string[]> = {};
  let server = '';
  for (const event of parseEvents(out)) {
    if (event.event === 'listen') server = event.host ?? '';
    else if (event.side === 'client') {
      const outcome = event.event === 'connect' ? 'reached' : (event.code ?? '');
      byServer[server] = [...(byServer[server] ?? []), `${event.host} ${outcome}`];
    }
  }
  return byServer;
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

/** The finished lines of `text`: a line still being written is left out. */
function completeLines(text: string): string[] {
  return text.split('\n').slice(0, -1);
}

/** Spawns the built binary; it is killed when the test ends if it is still running. */
export function spawnNetlab(args: readonly string[]): Spawned {
  const running = spawnCli(args);
  const line = (match: (text: string) => boolean): Promise<string> =>
    running.waitForStdout((stdout) => completeLines(stdout).find(match));
  const exited = running.exit.then(
    ({ code, signal }) => code ?? 128 + (SIGNALS[signal ?? ''] ?? 0),
  );
  return {
    child: running.child,
    line,
    lines: () => completeLines(running.stdout()),
    stderr: running.stderr,
    exited,
  };
}

/** Starts a demo server with --json on an OS-chosen port and waits for its listen event. */
export async function startServer(args: readonly string[]) {
  const server = spawnNetlab([...args, '--role', 'server', '--port', '0', '--json']);
  const ready = parseEvents(await server.line((text) => text.includes('"event":"listen"')))[0];
  return { ...server, port: String(ready?.port) };
}

/** Runs a demo's --json client to the end against the server at `port`. */
export function runClient(args: readonly string[], port: string) {
  return runCli([...args, '--role', 'client', '--port', port, '--json']);
}

/** Runs a demo as two processes: a --json server on an OS-chosen port, then its --json client to the end. */
export async function runServerAndClient(args: readonly string[]) {
  const server = await startServer(args);
  const client = await runClient(args, server.port);
  return { server, client };
}
