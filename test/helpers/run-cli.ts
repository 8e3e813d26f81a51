import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built binary, as a user runs it. */
export const NETLAB_BIN = fileURLToPath(new URL('../../dist/netlab.cjs', import.meta.url));

/** What one run of the binary produced. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for one run of the binary. */
export interface RunOptions {
  readonly input?: string;
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

/** Spawns `node dist/netlab.cjs ...args`, feeds `input` to stdin, and waits for it to exit. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return runProgram(process.execPath, [NETLAB_BIN, ...args], options);
}

/**
 * Spawns `command ...args` with colour settings cleared (a wrapper such as unshare that ends by
 * running netlab), feeds `input` to stdin, and waits for it to exit.
 */
export function runProgram(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
