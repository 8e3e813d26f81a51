import { describe, expect, test } from 'vitest';
import { parseIpv6 } from '../../src/calc/parse-address.js';
import { parseHostPair } from '../../src/calc/parse-host-pair.js';
import { quote } from '../../src/calc/quote-input.js';
import { InputError } from '../../src/core/errors.js';
import { reason } from '../../src/core/reason.js';
import { errorMessage } from '../../src/text/error-message.js';

/** The error `run` throws. */
function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('errorMessage()', () => {
  test('puts a reason in the words of the language asked for', () => {
    const error = new InputError('bad-port', {
      value: '"0x50"',
      why: reason('port-hexadecimal', { decimal: 80 }),
    });
    expect(errorMessage(error, 'zh')).toBe(
      '无法解析端口 "0x50"：不接受十六进制；请用十进制写（80）',
    );
    expect(errorMessage(error, 'en')).toBe(
      'cannot parse port "0x50": hexadecimal is not accepted; write it in decimal (80)',
    );
  });

  test('names a long value cut by quote() in the words of the language asked for', () => {
    const error = new InputError('bad-port', {
      value: quote('9'.repeat(70)),
      why: reason('port-empty'),
    });
    expect(errorMessage(error, 'zh')).toContain(
      `一个长 70 个字符、开头为 "${'9'.repeat(64)}…" 的值`,
    );
    expect(errorMessage(error, 'en')).toBe(error.message);
  });

  test('in English it is the message the error carries', () => {
    const error = thrown(() => parseIpv6('::ffff:1.2.3.999'));
    expect(errorMessage(error, 'en')).toBe(error.message);
  });

  test('puts a reason inside a reason in words too', () => {
    const error = thrown(() => parseIpv6('::ffff:1.2.3.999'));
    expect(errorMessage(error, 'zh')).toBe(
      '无法解析地址 "::ffff:1.2.3.999"：末尾的 IPv4 部分 "1.2.3.999" 无效：段 "999" 超过了 255：每段是 8 位，所以只能是 0 到 255',
    );
  });

  test.for([
    [['1.1.1.1', '2.2.2.2', '/24', '/24', '/24'], 'it has 5 fields,'],
    [['1.1.1.1'], 'it has 1 field,'],
  ] as const)('chooses the plural form of a counted reason for %j', ([fields, english]) => {
    const error = thrown(() => parseHostPair(fields));
    expect(error.message).toContain(english);
    expect(errorMessage(error, 'zh')).toContain(`它有 ${fields.length} 个字段`);
  });

  test('a language without reasons words falls back to English for them', () => {
    const error = new InputError('bad-mac', { value: '""', why: reason('mac-empty') });
    expect(errorMessage(error, 'xx')).toBe('cannot parse MAC address "": it is empty');
  });
});
