import type { Socket } from 'node:dgram';

/**
 * Sends one datagram and resolves once the system took it (or rejects with the system error, such
 * as EMSGSIZE). A resolved send says nothing about delivery: UDP has no connection and no
 * acknowledgement.
 */
export function sendDatagram(
  socket: Socket,
  payload: Uint8Array,
  to: { readonly host: string; readonly port: number },
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    socket.send(payload, to.port, to.host, (error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}
