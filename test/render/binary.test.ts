import { describe, expect, test } from 'vitest';
import { renderBinary } from '../../src/render/binary.js';
import { palette } from '../../src/render/palette.js';

describe('renderBinary() shows bits with the network marked off', () => {
  test('renderBinary() writes IPv4 on one line without colour', () => {
    expect(
      renderBinary({ version: 4, value: 0xc0a8014dn }, { prefix: 26, colors: palette(false) }),
    ).toBe('11000000.10101000.00000001.01|001101');
  });

  test('renderBinary() colours network bits cyan and host bits dim when colour is on', () => {
    const colors = palette(true);
    expect(renderBinary({ version: 4, value: 0xc0a8014dn }, { prefix: 26, colors })).toBe(
      `${colors.cyan('11000000.10101000.00000001.01')}|${colors.dim('001101')}`,
    );
  });

  test('renderBinary() writes IPv6 as four lines of 32 bits, host lines dim after the mark', () => {
    const colors = palette(true);
    const lines = renderBinary({ version: 6, value: 1n }, { prefix: 32, colors }).split('\n');
    expect(lines).toEqual([
      colors.cyan('0000000000000000:0000000000000000'),
      `${colors.cyan('')}|${colors.dim('0000000000000000:0000000000000000')}`,
      colors.dim('0000000000000000:0000000000000000'),
      colors.dim('0000000000000000:0000000000000001'),
    ]);
  });

  test('renderBinary() without a prefix shows bare bits', () => {
    expect(renderBinary({ version: 4, value: 0n }, { colors: palette(true) })).toBe(
      '00000000.00000000.00000000.00000000',
    );
  });
});
