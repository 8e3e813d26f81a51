import { TransferError } from './transfer-error.js';
import type { TransferMessage } from './transfer-message.js';
import { FrameType, MAX_DATA_BYTES, MAX_JSON_BYTES, SHA256_BYTES } from './wire-format.js';

function hexByte(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}

/** Parses a JSON body that must be an object; the error names the frame it came in. */
function jsonObject(body: Buffer, what: string): Record<string, unknown> {
  if (body.length > MAX_JSON_BYTES) {
    throw new TransferError('header-too-long', {
      what,
      length: body.length,
      limit: MAX_JSON_BYTES,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (error) {
    throw new TransferError('header-not-json', {
      what,
      why: error instanceof Error ? error.message : String(error),
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TransferError('header-not-object', { what });
  }
  return value as Record<string, unknown>;
}

function stringField(object: Record<string, unknown>, key: string, what: string): string {
  const value = object[key];
  if (typeof value !== 'string') {
    throw new TransferError('header-field-not-text', { what, key });
  }
  return value;
}

function sizeField(object: Record<string, unknown>, what: string): number {
  const value = object.size;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TransferError('header-bad-size', {
      what,
      value: JSON.stringify(value) ?? 'nothing',
    });
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
    throw new TransferError('empty-frame');
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
        throw new TransferError('bad-data-frame', { length: body.length, max: MAX_DATA_BYTES });
      }
      return { kind: 'data', payload: body };
    case FrameType.end:
      if (body.length !== SHA256_BYTES) {
        throw new TransferError('bad-end-frame', { length: body.length, size: SHA256_BYTES });
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
      throw new TransferError('unknown-frame-type', { type: hexByte(type) });
  }
}
