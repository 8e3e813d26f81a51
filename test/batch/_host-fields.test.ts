import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { FieldKind, HostFields, maskOfPrefix } from '../../src/batch/_host-fields.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseIpv4 } from '../../src/calc/parse-address.js';
import { parseMask } from '../../src/calc/parse-mask.js';

const dotted = (value: number) => formatAddress({ version: 4, value: BigInt(value) });

/** Reads `text` as one line; the fields as [kind, value, prefix], or null when refused. */
function read(text: string): (readonly [number, number, number])[] | null {
  const fields = new HostFields();
  // The line sits inside a longer buffer, so that a reader running past its end would show.
  const bytes = Buffer.from(`.9/${text}.9/`);
  if (!fields.read(bytes, 3, bytes.length - 3)) return null;
  return Array.from({ length: fields.count }, (_, index) => {
    const kind = fields.kinds[index]!;
    const value = kind <= FieldKind.quadPrefix ? fields.values[index]! : -1;
    const prefix = kind === FieldKind.quad ? -1 : fields.prefixes[index]!;
    return [kind, value, prefix] as const;
  });
}

/** What the strict parsers make of one field: the kind `read` must give it, or null. */
function strict(field: string): readonly [number, number, number] | null {
  const attempt = <T>(parse: () => T): T | null => {
    try {
      return parse();
    } catch {
      return null;
    }
  };
  const [host = '', prefix, ...more] = field.split('/');
  if (host === '' && prefix !== undefined && more.length === 0) {
    const mask = attempt(() => parseMask(field));
    return mask === null ? null : [FieldKind.slashNumber, -1, mask.prefix];
  }
  if (/^[0-9]+$/.test(field)) {
    const mask = attempt(() => parseMask(field));
    return mask === null ? null : [FieldKind.number, -1, mask.prefix];
  }
  const address = attempt(() => parseIpv4(host));
  if (address === null || more.length > 0) return null;
  const value = Number(address.value);
  if (prefix === undefined) return [FieldKind.quad, value, -1];
  const mask = attempt(() => parseMask(`/${prefix}`));
  return mask === null ? null : [FieldKind.quadPrefix, value, mask.prefix];
}

const blanks = fc.stringMatching(/^[ \t]{1,3}$/);
const edges = fc.stringMatching(/^[ \t]{0,2}$/);
const canonicalField = fc.oneof(
  fc.nat(0xffffffff).map(dotted),
  fc.tuple(fc.nat(0xffffffff), fc.nat(32)).map(([value, prefix]) => `${dotted(value)}/${prefix}`),
  fc.nat(32).map(String),
  fc.nat(32).map((prefix) => `/${prefix}`),
);
/** Fields from the bytes a host line holds, canonical or not: "01", "256", "1..2", "/33" ... */
const anyField = fc.oneof(canonicalField, fc.stringMatching(/^[0-9./]{1,18}$/));

/** A line of 1-5 fields with blanks between them and around them. */
function lineOf(field: fc.Arbitrary<string>) {
  return fc
    .tuple(fc.array(fc.tuple(field, blanks), { minLength: 1, maxLength: 5 }), edges, edges)
    .map(([parts, head, tail]) => ({
      fields: parts.map(([text]) => text),
      text: head + parts.map(([text, blank]) => text + blank).join('') + tail,
    }));
}

describe('HostFields.read', () => {
  fcTest.prop([lineOf(anyField)], { numRuns: 2000 })(
    'takes a line only when the strict parsers take every field, and reads each as they do',
    ({ fields, text }) => {
      const taken = read(text);
      fc.pre(taken !== null);
      expect(fields.length).toBeLessThanOrEqual(4);
      expect(taken).toEqual(fields.map(strict));
    },
  );

  fcTest.prop([lineOf(canonicalField)])(
    'takes every line of one to four canonical fields',
    ({ fields, text }) => {
      expect(read(text)).toEqual(fields.length <= 4 ? fields.map(strict) : null);
    },
  );

  test.for([
    '10.0.0.1 255.255.255.0\u00a0',
    '10.0.0.1,24',
    '10.0.0.1/24/1',
    '10.0.0.01',
    '10.0.0.1 /024',
    '1.2.3.4.5',
    '1.2.3',
    '１0.0.0.1',
  ])('refuses %j, for the careful path to explain', (text) => {
    expect(read(text)).toBeNull();
  });

  test('reads a blank line as no fields', () => {
    expect(read(' \t ')).toEqual([]);
  });
});

describe('HostFields.maskPrefix', () => {
  fcTest.prop([fc.nat(32)])('reads a dotted mask as its prefix length', (prefix) => {
    const fields = new HostFields();
    const bytes = Buffer.from(dotted(maskOfPrefix(prefix)));
    expect(fields.read(bytes, 0, bytes.length)).toBe(true);
    expect(fields.maskPrefix(0)).toBe(prefix);
  });

  fcTest.prop([fc.nat(0xffffffff)])(
    'refuses exactly the dotted masks whose ones are not contiguous',
    (value) => {
      const fields = new HostFields();
      const bytes = Buffer.from(dotted(value));
      fields.read(bytes, 0, bytes.length);
      const contiguous = maskOfPrefix(Math.clz32(~value >>> 0)) === value;
      expect(fields.maskPrefix(0) !== -1).toBe(contiguous);
    },
  );

  test('refuses an address with a prefix as a mask', () => {
    const fields = new HostFields();
    const bytes = Buffer.from('255.255.255.0/24');
    fields.read(bytes, 0, bytes.length);
    expect(fields.maskPrefix(0)).toBe(-1);
  });
});
