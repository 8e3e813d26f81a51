import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { errorMessage } from '../../src/text/error-message.js';
import { parseTarget } from '../../src/transfer/parse-target.js';
import { parseTimeout } from '../../src/transfer/parse-timeout.js';

describe('parseTarget()', () => {
  test.for([
    ['127.0.0.1:9518', { host: '127.0.0.1', port: 9518 }],
    ['localhost:80', { host: '127.0.0.1', port: 80 }],
    ['[::1]:9518', { host: '::1', port: 9518 }],
    ['192.168.1.20:65535', { host: '192.168.1.20', port: 65535 }],
  ] as const)('parseTarget() reads %s', ([text, target]) => {
    expect(parseTarget(text)).toEqual(target);
  });

  test.for([
    ['127.0.0.1', 'it has no port; write HOST:PORT, e.g. 127.0.0.1:9518'],
    ['::1:9518', 'an IPv6 address goes in brackets before the port, e.g. [::1]:9518'],
    ['127.0.0.1:0', 'port 0 means "any free port" to a receiver; give the port it printed'],
    ['127.0.0.1:65536', 'it is over 65535, the largest 16-bit number'],
    ['127.0.0.1:09518', 'leading zero: some tools read it as octal; write 9518'],
  ] as const)('parseTarget() refuses %s', ([text, why]) => {
    expect(() => parseTarget(text)).toThrow(`cannot use --to "${text}": ${why}`);
  });
});

/** The Chinese line of the error `parseTarget(text)` throws. */
function chineseRefusal(text: string): string {
  try {
    parseTarget(text);
  } catch (error) {
    if (error instanceof InputError) return errorMessage(error, 'zh');
    throw error;
  }
  throw new Error(`parseTarget() took ${text}`);
}

test.for([
  ['127.0.0.1', '缺少端口；请写成 主机:端口，例如 127.0.0.1:9518'],
  ['::1:9518', 'IPv6 地址要放在方括号里，再接端口，例如 [::1]:9518'],
  ['127.0.0.1:0', '端口 0 对接收方的意思是“任选一个空闲端口”；请给出接收方打印出来的端口'],
  ['127.0.0.1:65536', '它超过了 65535，即 16 位数的最大值'],
] as const)('parseTarget() refuses %s with its reason in Chinese', ([text, why]) => {
  expect(chineseRefusal(text)).toBe(`无法使用 --to "${text}"：${why}`);
});

test('parseTarget() passes on why an address is refused (its wording belongs to parseAddress)', () => {
  expect(() => parseTarget('127.1:9518')).toThrow(
    /^cannot use --to "127\.1:9518": an IPv4 address has four dotted octets.*; give an IP address such as 127\.0\.0\.1 or 192\.168\.1\.20$/,
  );
});

describe('parseTimeout()', () => {
  test.for([
    ['30', 30_000],
    ['0.5', 500],
    ['0.001', 1],
    ['86400', 86_400_000],
  ] as const)('parseTimeout() reads %s seconds', ([text, ms]) => {
    expect(parseTimeout(text)).toBe(ms);
  });

  test.for(['0', '0.0004', '-1', '1e3', ' 5', '5s', '', '86401', '0x10'])(
    'parseTimeout() refuses %j',
    (text) => {
      expect(() => parseTimeout(text)).toThrow(`cannot use --timeout "${text}": `);
    },
  );
});
