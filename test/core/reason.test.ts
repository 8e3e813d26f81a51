import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { isReason, reason, resolveReasons } from '../../src/core/reason.js';

describe('reasons', () => {
  test('reason() is plain data: its key and its values', () => {
    expect(reason('octet-over-255', { octet: '"300"' })).toEqual({
      key: 'octet-over-255',
      params: { octet: '"300"' },
    });
    expect(reason('port-empty')).toEqual({ key: 'port-empty', params: {} });
  });

  test('isReason() tells a reason from text and numbers', () => {
    expect([reason('mac-empty'), 'it is empty', 3, null].map(isReason)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  test('resolveReasons() words the innermost reason first and leaves other values alone', () => {
    const inner = reason('octet-over-255', { octet: '"999"' });
    const outer = reason('ipv6-tail-invalid', { tail: '"1.2.3.999"', why: inner });
    const seen: string[] = [];
    const words = (key: string, params: Readonly<Record<string, string | number>>) => {
      seen.push(key);
      return `${key}(${Object.values(params).join('|')})`;
    };
    expect(resolveReasons({ value: '"x"', count: 2, why: outer }, words)).toEqual({
      value: '"x"',
      count: 2,
      why: 'ipv6-tail-invalid("1.2.3.999"|octet-over-255("999"))',
    });
    expect(seen).toEqual(['octet-over-255', 'ipv6-tail-invalid']);
  });

  test("an error's message puts its reasons in English, and its params keep them as data", () => {
    const why = reason('mask-short', { count: 3 });
    const error = new InputError('bad-mask', {
      noun: reason('noun-mask'),
      value: '"255.255"',
      why,
    });
    expect(error.message).toBe(
      'cannot parse mask "255.255": a mask has four dotted octets, this has 3; write all four',
    );
    expect(error.params.why).toEqual(why);
  });
});
