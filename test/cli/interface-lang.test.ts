import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The environment of a student whose system speaks Chinese, or English. */
const CHINESE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

describe('netlab speaks the language of the locale, or of --lang', () => {
  test("the menu and a command's help are Chinese under a Chinese locale", async () => {
    const menu = await runCli(['--help'], { env: CHINESE });
    expect(menu.stdout).toContain('用法：netlab <命令> [选项]');
    expect(menu.stdout).toContain('子网信息；把地址块划分成子网');
    const help = await runCli(['subnet', '--help'], { env: CHINESE });
    expect(help.stdout).toContain('选项：');
    expect(help.stdout).toContain('显示帮助信息');
    expect(help.stdout).toContain('子网信息；把地址块划分成子网');
    expect(help.stdout).not.toContain('Show help');
  });

  test('an error line is Chinese on stderr, and its --json record is the same in both', async () => {
    const zh = await runCli(['subnet', '--json'], { env: CHINESE });
    const en = await runCli(['subnet', '--json'], { env: ENGLISH });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'netlab: subnet 需要一个地址及其掩码，例如 "netlab subnet 192.168.1.77/26"（或用 --stdin）\n',
    );
    expect(en.stderr).toMatch(/^netlab: subnet needs an address and its mask/);
    expect(zh.stdout).toBe(en.stdout);
    expect(JSON.parse(zh.stdout).error.message).toMatch(/^subnet needs an address/);
  });

  test('a bad value gives identical --json under both languages', async () => {
    const zh = await runCli(['subnet', '1.2.3.4/33', '--json'], { env: CHINESE });
    const en = await runCli(['subnet', '1.2.3.4/33', '--json'], { env: ENGLISH });
    expect(zh.stdout).toBe(en.stdout);
    expect(zh.stderr).toMatch(/^netlab: 无法解析/);
  });

  test("yargs' own failures are Chinese too", async () => {
    const zh = await runCli(['subnet', '--bogus'], { env: CHINESE });
    expect(zh.stderr).toBe('netlab: 未知选项：bogus（见 "netlab subnet --help"）\n');
  });

  test('--lang anywhere on the line wins over the locale', async () => {
    const en = await runCli(['subnet', '--bogus', '--lang', 'en'], { env: CHINESE });
    expect(en.stderr).toBe('netlab: unknown argument: bogus (see "netlab subnet --help")\n');
    const zh = await runCli(['--lang=zh', 'subnet'], { env: ENGLISH });
    expect(zh.stderr).toMatch(/^netlab: subnet 需要/);
    const menu = await runCli(['--lang', 'zh'], { env: ENGLISH });
    expect(menu.stdout).toContain('用法：netlab');
  });
});
