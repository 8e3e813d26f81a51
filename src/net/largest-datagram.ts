import type { Socket } from 'node:dgram';
import { sendDatagram } from './send-datagram.js';
import { errorCode } from './socket-error.js';

/** What the search found: the largest payload that sends, and how one byte more fails. */
export interface LargestDatagram {
  readonly largest: number;
  /** The system error code for `largest + 1` bytes (EMSGSIZE). */
  readonly code: string;
  readonly message: string;
}

/** No IPv4 datagram can carry more than 65535 - 20 (IP header) - 8 (UDP header) bytes. */
const ABOVE_ANY_LIMIT = 65_536;

/** Whether `size` bytes send; false only for EMSGSIZE, any other failure is thrown. */
async function sends(socket: Socket, size: number, to: { host: string; port: number }) {
  try {
    await sendDatagram(socket, Buffer.alloc(size), to);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EMSGSIZE') return false;
    throw error;
  }
}

/**
 * Finds by binary search the largest UDP payload this system sends in one datagram to `to`
 * (65507 on Linux IPv4 loopback; less where the system caps it, as macOS does), by really sending
 * datagrams of zeros there. Send them where nobody reads, or expect to receive them.
 */
export async function findLargestDatagram(
  socket: Socket,
  to: { readonly host: string; readonly port: number },
): Promise<LargestDatagram> {
  let fits = 0;
  let fails = ABOVE_ANY_LIMIT;
  while (fails - fits > 1) {
    const middle = Math.floor((fits + fails) / 2);
    if (await sends(socket, middle, to)) fits = middle;
    else fails = middle;
  }
  try {
    await sendDatagram(socket, Buffer.alloc(fits + 1), to);
  } catch (error) {
    return {
      largest: fits,
      code: errorCode(error) ?? 'EMSGSIZE',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  return { largest: fits, code: 'EMSGSIZE', message: `${fits + 1} bytes refused` };
}
