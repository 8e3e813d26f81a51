import { describe, expect, test } from 'vitest';
import { placeOperands } from '../../src/cli/operands-after-dash.js';
import { InputError } from '../../src/core/errors.js';
import { runCli } from '../helpers/run-cli.js';

describe('placeOperands() gives what follows -- to the positionals', () => {
  test('a variadic slot takes every operand, after those typed before --', () => {
    expect(placeOperands('port [ports..]', { ports: ['80'], '--': ['-1', '--json'] })).toEqual({
      ports: ['80', '-1', '--json'],
    });
  });

  test('single slots fill in order, skipping those already given', () => {
    const placed = placeOperands('same-subnet [a] [b] [maskA] [maskB]', {
      a: '10.0.0.1/24',
      '--': ['-x', '24'],
    });
    expect(placed).toEqual({ a: '10.0.0.1/24', b: '-x', maskA: '24' });
  });

  test('an operand with no slot left is a usage error naming it', () => {
    expect(() => placeOperands('mac [address]', { '--': ['a', 'b'] })).toThrow(
      new InputError('extra-argument', { value: '"b"', command: 'mac' }),
    );
  });

  test('without -- nothing changes', () => {
    expect(placeOperands('mac [address]', { address: 'x' })).toEqual({ address: 'x' });
  });
});

describe('-- ends the options in every calculator (built binary)', () => {
  const same: readonly (readonly [string, readonly string[]])[] = [
    ['classify', ['10.0.0.1']],
    ['subnet', ['10.0.0.1/24']],
    ['port', ['443']],
    ['mac', ['02:00:00:00:00:01']],
    ['same-subnet', ['10.0.0.5/24', '10.0.0.9/24']],
  ];
  for (const [command, values] of same) {
    test(`netlab ${command} -- ${values.join(' ')} prints what it prints without --`, async () => {
      const plain = await runCli([command, ...values]);
      const dashed = await runCli([command, '--', ...values]);
      expect(plain.code).toBe(0);
      expect(dashed).toEqual(plain);
    });
  }

  const refused: readonly (readonly [string, string, RegExp])[] = [
    ['classify', '-1', /^netlab: cannot parse address "-1"/],
    ['subnet', '-10.0.0.1/24', /^netlab: cannot parse address "-10\.0\.0\.1": character "-"/],
    ['port', '-1', /^netlab: cannot parse port "-1": a port cannot be negative/],
    ['mac', '-02:00:00:00:00:01', /^netlab: cannot parse MAC address "-02:00:00:00:00:01"/],
    ['same-subnet', '-10.0.0.5/24', /^netlab: cannot parse address "-10\.0\.0\.5": character "-"/],
  ];
  for (const [command, value, message] of refused) {
    test(`netlab ${command} -- ${value} reads ${value} as a value, not an option`, async () => {
      const args = command === 'same-subnet' ? [value, '10.0.0.9/24'] : [value];
      const result = await runCli([command, '--', ...args]);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain('Unknown argument');
      expect(result.code).toBe(2);
    });
  }

  test('--json after -- is an operand, not the option', async () => {
    const result = await runCli(['port', '--', '443', '--json']);
    expect(result.stderr).toMatch(/^netlab: cannot parse port "--json"/);
    expect(result.code).toBe(2);
  });
});

describe('operands after -- that a command has no place for', () => {
  test('are refused with the same code and words as without --, in Chinese too', async () => {
    const zh = { env: { LANG: 'zh_CN.UTF-8' } };
    const dashed = await runCli(['mask', '--', '1', '2', '3'], zh);
    const plain = await runCli(['mask', '1', '2', '3'], zh);
    expect(dashed.code).toBe(2);
    expect(dashed.stderr).toBe(plain.stderr);
    expect(dashed.stderr).toContain('参数太多："2", "3" 超出了');
  });
});
