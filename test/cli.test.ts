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

  test.for<[string, string[]]>([
    ['a word far from every command', ['frobnicate']],
    ['an address where the command goes', ['192.168.1.5', '192.168.1.77']],
    ['an unknown word after a global option', ['--color', 'frobnicate', '1']],
  ])('%s is an unknown command: exit 2, one line pointing at the menu', async ([, args]) => {
    const word = args.find((arg) => !arg.startsWith('-'));
    const result = await runCli(args);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `netlab: unknown command "${word}": run "netlab --help" for the list of commands\n`,
    });
  });

  test('with --json, a usage error is also an error record with its code on stdout', async () => {
    const result = await runCli(['--json', 'frobnicate', '1']);
    const message = 'unknown command "frobnicate": run "netlab --help" for the list of commands';
    expect(result).toEqual({
      code: 2,
      stdout: `${JSON.stringify({ error: { code: 'unknown-command', message } })}\n`,
      stderr: `netlab: ${message}\n`,
    });
  });

  test('extra arguments are named, with the command whose help explains it', async () => {
    const result = await runCli(['mask', '/24', '/25', '/26']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'netlab: too many arguments: "/25", "/26" are more than "netlab mask" takes (see "netlab mask --help")\n',
    });
  });

  test('an unknown option is a usage error naming it, exit 2', async () => {
    const result = await runCli(['port', '--bogus', '80']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netlab: unknown argument: bogus (see "netlab port --help")\n',
    });
  });

  test('netlab completion prints a bash/zsh script that asks netlab for the words', async () => {
    const result = await runCli(['completion']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('netlab --get-yargs-completions');
    expect(result.stdout).toContain(
      'complete -o bashdefault -o default -F _netlab_yargs_completions netlab',
    );
  });

  test('completion offers every command after "netlab" and a command\'s options after it', async () => {
    const [top, port] = await Promise.all([
      runCli(['--get-yargs-completions', 'netlab', '']),
      runCli(['--get-yargs-completions', 'netlab', 'port', '--']),
    ]);
    expect(top.stdout.split('\n')).toEqual(
      expect.arrayContaining(['same-subnet', 'classify', 'lesson']),
    );
    expect(port.stdout.split('\n')).toEqual(expect.arrayContaining(['--check', '--json']));
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
