import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Through the built binary, as a user runs it: the text lines of every --stdin command speak the
// language of LANG or --lang, and --json stays the same in every language.

const CASES = [
  {
    command: 'classify',
    input: '192.0.0.9\n::ffff:10.0.0.1\n8.8.8.8\n224.0.0.1\n2001:db8::1\n',
    chinese: [
      '192.0.0.9  Port Control Protocol Anycast（192.0.0.9/32）  私有：否  全球可达：是',
      '::ffff:10.0.0.1  IPv4-mapped Address（::ffff:0:0/96）  内含 10.0.0.1：Private-Use（10.0.0.0/8）  私有：是  全球可达：否',
      '8.8.8.8  不在特殊用途地址块中  私有：否  全球可达：是',
      '224.0.0.1  组播，范围 link-local  私有：否  全球可达：否',
      '2001:db8::1  Documentation（2001:db8::/32）  私有：否  全球可达：否',
    ],
  },
  {
    command: 'same-subnet',
    input: '192.168.1.5 192.168.1.77 /24\n10.0.0.5/24 10.0.1.0/23\n1.2.3.4 5.6.7.8 8\n',
    chinese: [
      '192.168.1.5/24 192.168.1.77/24：同一子网 192.168.1.0/24',
      '10.0.0.5/24 10.0.1.0/23：不同子网（AND 结果相同，掩码不同）10.0.0.0/24 与 10.0.0.0/23；A 把 B 看作远程，B 把 A 看作本地',
      '1.2.3.4/8 5.6.7.8/8：不同子网 1.0.0.0/8 与 5.0.0.0/8',
    ],
  },
  {
    command: 'subnet',
    input: '192.168.1.77/26\n10.0.0.1 255.255.255.254\n2001:db8::1/127\n',
    chinese: [
      '192.168.1.77/26：网络 192.168.1.64，广播 192.168.1.127，主机 192.168.1.65-192.168.1.126（62 个）',
      '10.0.0.1/31：网络 10.0.0.0，主机 10.0.0.0-10.0.0.1（2 个）',
      '2001:db8::1/127：网络 2001:db8::，主机 2001:db8::-2001:db8::1（2 个）',
    ],
  },
  {
    command: 'mask',
    input: '255.255.240.0\n/32\n',
    chinese: [
      '/20：掩码 255.255.240.0，通配符掩码 0.0.15.255，4096 个地址，4094 个可用主机',
      '/32：掩码 255.255.255.255，通配符掩码 0.0.0.0，1 个地址，1 个可用主机',
    ],
  },
  {
    command: 'port',
    input: '443\n9999\n1-1024\n',
    chinese: [
      '443：System Ports（知名端口）；443/tcp HTTPS、443/udp HTTP/3',
      '9999：User Ports（注册端口）；netlab 的服务表里没有',
      '1-1024：1024 个端口（System Ports 1023 个、User Ports 1 个）；netlab 服务表中有 33 个服务',
    ],
  },
] as const;

const CHINESE_LOCALE = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const ENGLISH_LOCALE = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

describe.each(CASES)('$command --stdin in Chinese', ({ command, input, chinese }) => {
  test('under LANG=zh_CN.UTF-8 every text line is in Chinese', async () => {
    const result = await runCli([command, '--stdin'], { input, env: CHINESE_LOCALE });
    expect(result).toEqual({ code: 0, stdout: `${chinese.join('\n')}\n`, stderr: '' });
  });

  test('--lang zh gives the same lines in an English locale', async () => {
    const result = await runCli(['--lang', 'zh', command, '--stdin'], {
      input,
      env: ENGLISH_LOCALE,
    });
    expect(result.stdout).toBe(`${chinese.join('\n')}\n`);
  });

  test('--json is the same bytes in English and in Chinese', async () => {
    const english = await runCli([command, '--stdin', '--json'], { input, env: ENGLISH_LOCALE });
    const inChinese = await runCli([command, '--stdin', '--json'], {
      input,
      env: CHINESE_LOCALE,
    });
    expect(english.code).toBe(0);
    expect(english.stdout.split('\n')).toHaveLength(chinese.length + 1);
    expect(inChinese).toEqual(english);
  });
});
