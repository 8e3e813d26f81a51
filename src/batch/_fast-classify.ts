import { readDottedQuad } from '../calc/read-dotted-quad.js';
import { readIpv6Groups } from '../calc/read-ipv6-groups.js';
import type { ByteOutput } from './_byte-output.js';
import type { FastLine } from './_fast-answerer.js';
import { type AnswerTemplate, type CarefulAnswer, RegistryAnswers } from './_registry-answers.js';
import { type AnswerForm, answer, type BatchHandler } from './run-batch.js';

/**
 * The careful batch answer for one address, as the careful path writes it in `form` (so the
 * tables hold that language's words), or null on error.
 */
function carefulAnswer<R>(handler: BatchHandler<R>, form: AnswerForm): CarefulAnswer {
  return (address) => {
    const answers = answer([{ number: 1, text: address, overlong: false }], handler, form);
    const [piece, ...more] = answers.pieces;
    if (answers.failed || more.length > 0 || piece?.stream !== 'stdout') return null;
    return typeof piece.text === 'string' ? piece.text : null;
  };
}

/** Whether eight groups are an IPv4-mapped address (::ffff:0:0/96). */
function isIpv4Mapped(groups: Uint16Array): boolean {
  return (
    groups[5] === 0xffff &&
    groups[0] === 0 &&
    groups[1] === 0 &&
    groups[2] === 0 &&
    groups[3] === 0 &&
    groups[4] === 0
  );
}

/**
 * Finishes an answer whose first part and address (written from `from` on) are out: the other
 * parts, with the address again between each two.
 */
function writeRest(out: ByteOutput, parts: AnswerTemplate, from: number): void {
  const to = out.length;
  for (let index = 1; index < parts.length; index += 1) {
    if (index > 1) out.repeat(from, to);
    out.put(parts[index]!);
  }
}

/** "::ffff:" in any case: how an IPv4-mapped address with a dotted tail is usually written. */
const MAPPED_PREFIX = Buffer.from('::ffff:');

/** The IPv4 address of "::ffff:a.b.c.d" (the "ffff" in any case), or -1 for other text. */
function readMappedDotted(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < MAPPED_PREFIX.length + 7) return -1;
  for (let index = 0; index < MAPPED_PREFIX.length; index += 1) {
    if ((bytes[start + index]! | 0x20) !== (MAPPED_PREFIX[index]! | 0x20)) return -1;
  }
  return readDottedQuad(bytes, start + MAPPED_PREFIX.length, end);
}

/**
 * The fast path of `classify --stdin`: a canonical IPv4 address, IPv6 written in hex groups, or
 * an IPv4-mapped address written "::ffff:a.b.c.d", is looked up in the careful answers compiled
 * per range of the registry (each table built on first use); the address goes, in its canonical
 * form, between the parts of the range's answer. Anything else, and every range whose answer
 * depends on more than the range, is answered carefully.
 */
export function fastClassify<R>(handler: BatchHandler<R>, form: AnswerForm): FastLine {
  const careful = carefulAnswer(handler, form);
  let ipv4: RegistryAnswers | null = null;
  let ipv6: RegistryAnswers | null = null;
  // Mapped addresses: the answer is the carried IPv4's range, with that address in it twice.
  let mapped: RegistryAnswers | null = null;
  const groups = new Uint16Array(8);
  const words = new Uint32Array(4);
  const writeMapped = (value: number, out: ByteOutput): boolean => {
    mapped ??= new RegistryAnswers(4, (address) => careful(`::ffff:${address}`));
    const parts = mapped.ipv4(value);
    if (parts === null) return false;
    out.put(parts[0]!);
    const from = out.length;
    out.dotted(value);
    writeRest(out, parts, from);
    return true;
  };
  return (bytes: Uint8Array, start: number, end: number, out: ByteOutput): boolean => {
    const value = readDottedQuad(bytes, start, end);
    if (value !== -1) {
      ipv4 ??= new RegistryAnswers(4, careful);
      const parts = ipv4.ipv4(value);
      if (parts === null) return false;
      out.put(parts[0]!);
      const from = out.length;
      out.copy(bytes, start, end);
      writeRest(out, parts, from);
      return true;
    }
    const carried = readMappedDotted(bytes, start, end);
    if (carried !== -1) return writeMapped(carried, out);
    if (!readIpv6Groups(bytes, start, end, groups)) return false;
    if (isIpv4Mapped(groups)) return writeMapped(groups[6]! * 0x10000 + groups[7]!, out);
    for (let word = 0; word < 4; word += 1) {
      words[word] = groups[2 * word]! * 0x10000 + groups[2 * word + 1]!;
    }
    ipv6 ??= new RegistryAnswers(6, careful);
    const parts = ipv6.ipv6(words);
    if (parts === null) return false;
    out.put(parts[0]!);
    const from = out.length;
    out.ipv6(groups);
    writeRest(out, parts, from);
    return true;
  };
}
