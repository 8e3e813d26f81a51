import { TransferError } from './transfer-error.js';
import type { TransferMessage } from './transfer-message.js';
import { FrameType, MAX_DATA_BYTES, MAX_JSON_BYTES, SHA256_BYTES } from './wire-format.js';

function hexByte(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}

/** Parses a JSON body that must be an object; the error names the frame it came in. */
function jsonObject(body: Buffer, what: string): Record<string, unknown> {
  if (body.length > MAX_JSON_BYTES) {
    throw new TransferError(
      'bad-header',
      `refusing a ${what} frame with ${body.length} bytes of JSON: the limit is ${MAX_JSON_BYTES}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (error) {
    throw new TransferError(
      'bad-header',
      `cannot read the ${what} frame: it is not UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TransferError(
      'bad-header',
      `cannot read the ${what} frame: its JSON is not an object`,
    );
  }
  return value as Record<string, unknown>;
}

function stringField(object: Record<string, unknown>, key: string, what: string): string {
  const value = object[key];
  if (typeof value !== 'string') {
    throw new TransferError('bad-header', `the ${what} frame's "${key}" is not a string`);
  }
  return value;
}

function sizeField(object: Record<string, unknown>, what: string): number {
  const value = object.size;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TransferError(
      'bad-header',
      `the ${what} frame's "size" must be a whole number of bytes from 0 to 2^53-1, got ${JSON.stringify(value) ?? 'nothing'}`,
    );
  }
  return value;
}

/**
 * Decodes one frame's payload (what the length-prefix decoder returned) into a message, checking
 * its shape: a known type byte, JSON objects with the right fields, data within 1 MiB, a 32-byte
 * digest. Throws TransferError on anything else, so a hostile frame never gets further.
 */
export function parseTransferFrame(frame: Buffer): TransferMessage {
  const type = frame[0];
  if (type === undefined) {
    throw new TransferError(
      'bad-frame',
      'refusing an empty frame: every frame starts with a type byte',
    );
  }
  const body = frame.subarray(1);
  switch (type) {
    case FrameType.header: {
      const object = jsonObject(body, 'header');
      return {
        kind: 'header',
        name: stringField(object, 'name', 'header'),
        size: sizeField(object, 'header'),
      };
    }
    case FrameType.data:
      if (body.length === 0 || body.length > MAX_DATA_BYTES) {
        throw new TransferError(
          'bad-frame',
          `refusing a data frame of ${body.length} bytes: it must carry 1 to ${MAX_DATA_BYTES}`,
        );
      }
      return { kind: 'data', payload: body };
    case FrameType.end:
      if (body.length !== SHA256_BYTES) {
        throw new TransferError(
          'bad-frame',
          `refusing an end frame of ${body.length} bytes: it must carry a ${SHA256_BYTES}-byte SHA-256`,
        );
      }
      return { kind: 'end', sha256: body };
    case FrameType.ack: {
      const object = jsonObject(body, 'ack');
      return {
        kind: 'ack',
        name: stringField(object, 'name', 'ack'),
        size: sizeField(object, 'ack'),
        sha256: stringField(object, 'sha256', 'ack'),
      };
    }
    case FrameType.error: {
      const object = jsonObject(body, 'error');
      return {
        kind: 'error',
        code: stringField(object, 'code', 'error'),
        message: stringField(object, 'message', 'error'),
      };
    }
    default:
      throw new TransferError(
        'bad-frame',
        `refusing a frame of unknown type ${hexByte(type)}: the types are H, D, E, A and X (is the peer netlab's transfer protocol?)`,
      );
  }
}
