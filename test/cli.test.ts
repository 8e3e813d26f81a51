import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, test } from 'vitest';
import { NETLAB_BIN, runCli } from './helpers/run-cli.js';

describe('netlab menu', () => {
  test('netlab with no arguments prints the grouped menu and exits 0', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Calculators:');
    expect(result.stdout).toContain(
      'e.g. netlab same-subnet 192.168.1.5 192.168.1.77 255.255.255.0',
    );
  });

  test('netlab --help prints the same menu as no arguments', async () => {
    const [bare, help] = await Promise.all([runCli([]), runCli(['--help'])]);
    expect(help.stdout).toBe(bare.stdout);
  });

  test('netlab --version prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('an unknown command exits 2 with a suggestion on one stderr line', async () => {
    const result = await runCli(['same-subnt', '1.2.3.4', '1.2.3.5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('netlab: unknown command "same-subnt": did you mean same-subnet?\n');
  });

  test('the menu fits 80 columns', async () => {
    const result = await runCli([]);
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('netlab completion prints a shell completion script', async () => {
    const result = await runCli(['completion']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('netlab');
    expect(result.stdout).toContain('complete');
  });

  test("a value outside an option's choices is named with the allowed ones, exit 2", async () => {
    const result = await runCli(['lesson', 'arp', '--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('netlab: invalid value "fr" for --lang: choose one of "en", "zh"\n');
  });

  test('a reader that closes the pipe early ends netlab quietly with exit 0', async () => {
    const child = spawn(process.execPath, [NETLAB_BIN, 'demo', 'sticky'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = await once(child, 'close');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
