import { describe, expect, test } from 'vitest';
import { formatBlock } from '../../src/calc/ip-block.js';
import { parseBlockList } from '../../src/calc/parse-block-list.js';
import { refusal } from './_refusal.js';

describe('parseBlockList() reads blocks, addresses and ranges of one version', () => {
  test('parseBlockList() reads a block, an address and a range into blocks', () => {
    expect(
      parseBlockList(['10.0.0.0/24', '10.0.1.5', '10.0.2.0-10.0.2.2']).map(formatBlock),
    ).toEqual(['10.0.0.0/24', '10.0.1.5/32', '10.0.2.0/31', '10.0.2.2/32']);
  });

  test('parseBlockList() refuses IPv4 and IPv6 together, naming both', () => {
    expect(refusal(() => parseBlockList(['10.0.0.0/8', '2001:db8::/32']))).toBe(
      'cannot summarise IPv6 "2001:db8::/32" with IPv4 "10.0.0.0/8": summarise each version on its own',
    );
  });

  test('parseBlockList() refuses a block with host bits set', () => {
    expect(refusal(() => parseBlockList(['10.0.0.1/24']))).toBe(
      'cannot read "10.0.0.1/24" as a block: host bits are set (10.0.0.1 is a host in 10.0.0.0/24); write the network, 10.0.0.0/24',
    );
  });
});
