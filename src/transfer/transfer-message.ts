/** What a header frame announces: the file's base name and its exact size in bytes. */
export interface FileHeader {
  readonly name: string;
  readonly size: number;
}

/** What an ack frame confirms: the file saved under `name`, its size and SHA-256 (hex). */
export interface FileAck {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

/** What an error frame says: a stable code and a sentence for people. */
export interface PeerError {
  readonly code: string;
  readonly message: string;
}

/** One decoded frame of the transfer protocol (see wire-format.ts). */
export type TransferMessage =
  | ({ readonly kind: 'header' } & FileHeader)
  | { readonly kind: 'data'; readonly payload: Buffer }
  | { readonly kind: 'end'; readonly sha256: Buffer }
  | ({ readonly kind: 'ack' } & FileAck)
  | ({ readonly kind: 'error' } & PeerError);
