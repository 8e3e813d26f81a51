import type { Socket } from 'node:net';

/** Writes bytes to a TCP socket and resolves once the system has taken them (or rejects). */
export function writeBytes(socket: Socket, bytes: Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    socket.write(bytes, (error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}
