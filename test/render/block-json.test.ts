import { describe, expect, test } from 'vitest';
import { parseBlock } from '../../src/calc/ip-block.js';
import { splitSubnet, subnetAt } from '../../src/calc/split-subnet.js';
import { blockJson, splitSubnetJson } from '../../src/render/block-json.js';

describe('blockJson() and splitSubnetJson() write blocks as JSON', () => {
  test('blockJson() of 10.0.0.4/30 has the block, its ends and its size', () => {
    expect(blockJson(parseBlock('10.0.0.4/30'))).toStrictEqual({
      version: 4,
      block: '10.0.0.4/30',
      network: '10.0.0.4',
      prefix: 30,
      first: '10.0.0.4',
      last: '10.0.0.7',
      addresses: 4,
    });
  });

  test('blockJson() of ::/0 writes its size as a string past 2^53', () => {
    expect(blockJson(parseBlock('::/0')).addresses).toBe('340282366920938463463374607431768211456');
  });

  test('splitSubnetJson() numbers the subnet from 1 of the total, with hosts and broadcast', () => {
    const split = splitSubnet(parseBlock('192.168.1.0/24'), 26);
    expect(splitSubnetJson(split, 3n, subnetAt(split, 3n))).toMatchObject({
      block: '192.168.1.192/26',
      index: 4,
      of: 4,
      firstHost: '192.168.1.193',
      lastHost: '192.168.1.254',
      broadcast: '192.168.1.255',
      hosts: 62,
    });
  });
});
