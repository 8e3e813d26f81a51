import { describe, expect, test } from 'vitest';
import { blockLast, blockSize, formatBlock, parseBlock } from '../../src/calc/ip-block.js';
import { refusal } from './_refusal.js';

describe('parseBlock() reads CIDR blocks strictly', () => {
  const blocks: [string, string, bigint][] = [
    ['10.0.0.0/8', '10.0.0.0/8', 16_777_216n],
    ['192.168.1.64/26', '192.168.1.64/26', 64n],
    ['0.0.0.0/0', '0.0.0.0/0', 1n << 32n],
    ['2001:DB8::/32', '2001:db8::/32', 1n << 96n],
    ['::1/128', '::1/128', 1n],
  ];
  test.for(blocks)('parseBlock() reads %s as %s with %i addresses', ([text, shown, size]) => {
    const block = parseBlock(text);
    expect(formatBlock(block)).toBe(shown);
    expect(blockSize(block)).toBe(size);
    expect(blockLast(block) - block.network + 1n).toBe(size);
  });

  test('parseBlock() reads a bare address as a block of one when bareAddress is set', () => {
    expect(formatBlock(parseBlock('10.0.0.5', { bareAddress: true }))).toBe('10.0.0.5/32');
    expect(formatBlock(parseBlock('2001:db8::1', { bareAddress: true }))).toBe('2001:db8::1/128');
  });

  const refused: [string, string][] = [
    [
      '192.168.1.77/24',
      'cannot read "192.168.1.77/24" as a block: host bits are set (192.168.1.77 is a host in 192.168.1.0/24); write the network, 192.168.1.0/24',
    ],
    [
      '2001:db8::1/64',
      'cannot read "2001:db8::1/64" as a block: host bits are set (2001:db8::1 is a host in 2001:db8::/64); write the network, 2001:db8::/64',
    ],
    [
      '10.0.0.0',
      'cannot read "10.0.0.0" as a block: it has no prefix; write it in CIDR form, such as 10.0.0.0/24',
    ],
    [
      '10.0.0.0/33',
      'cannot parse prefix "/33": an IPv4 prefix is 0 to 32, the number of network bits in a 32-bit address',
    ],
    [
      '10.0.0/8',
      'cannot parse address "10.0.0": an IPv4 address has four dotted octets, this has 3: inet_aton expands the shorthand to 10.0.0.0, most tools refuse it; write all four (10.0.0.0)',
    ],
  ];
  test.for(refused)('parseBlock() refuses %s', ([text, message]) => {
    expect(refusal(() => parseBlock(text))).toBe(message);
  });
});
