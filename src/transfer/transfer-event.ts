import type { FrameKind } from './wire-format.js';

/** Which end of a transfer reports. */
export type TransferSide = 'sender' | 'receiver';

/**
 * What the sender and the receiver report as a transfer runs. Reporters turn these into progress
 * bars, summary lines or JSON records; the demo narrates them.
 */
export type TransferEvent =
  | {
      readonly event: 'listen';
      readonly host: string;
      readonly port: number;
      readonly dir: string;
    }
  | { readonly event: 'connect'; readonly side: TransferSide; readonly peer: string }
  | {
      readonly event: 'file-start';
      readonly side: TransferSide;
      readonly name: string;
      readonly size: number;
    }
  | {
      readonly event: 'progress';
      readonly side: TransferSide;
      readonly name: string;
      readonly bytes: number;
      readonly size: number;
    }
  | {
      readonly event: 'file-done';
      readonly side: TransferSide;
      readonly name: string;
      readonly size: number;
      readonly sha256: string;
      readonly seconds: number;
      /** Where the receiver saved it. */
      readonly path?: string;
    }
  | {
      readonly event: 'file-failed';
      readonly side: TransferSide;
      /** The file in progress, if any. */
      readonly name?: string;
      readonly bytes: number;
      readonly code: string;
      readonly message: string;
    }
  | {
      readonly event: 'frame';
      readonly side: TransferSide;
      readonly direction: 'send' | 'recv';
      readonly kind: FrameKind;
      /** The whole frame's size on the wire, length prefix included. */
      readonly bytes: number;
      /** The frame as sent, prefix included, for data frames only the first bytes. */
      readonly head: Buffer;
    }
  | {
      readonly event: 'close';
      readonly side: TransferSide;
      readonly peer: string;
      readonly files: number;
    };

/** Receives a transfer's events as they happen. */
export type TransferListener = (event: TransferEvent) => void;
