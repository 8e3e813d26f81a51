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

/** Finishes sending (FIN) and resolves once the other end has finished too and the socket closed. */
export function endAndWaitClose(socket: Socket): Promise<void> {
  return new Promise<void>((resolve) => {
    if (socket.closed) {
      resolve();
      return;
    }
    socket.once('close', () => resolve());
    socket.end();
  });
}
