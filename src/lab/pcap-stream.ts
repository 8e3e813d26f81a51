/** One frame as dumpcap wrote it: when it was seen and its bytes (without the FCS). */
export interface CapturedFrame {
  readonly timeMs: number;
  readonly bytes: Uint8Array;
}

/** The largest record a lab capture accepts: dumpcap's default snapshot length. */
const MAX_RECORD = 262_144;
const GLOBAL_HEADER = 24;
const RECORD_HEADER = 16;

/**
 * Reads a libpcap stream (dumpcap -P) chunk by chunk, as it arrives from a pipe, and hands out
 * each whole frame. Only the little-endian microsecond Ethernet form dumpcap writes here is
 * accepted; anything else is a broken capture, thrown as an Error.
 */
export class PcapStream {
  private buffered = Buffer.alloc(0);
  private headerSeen = false;

  /** Adds bytes and returns the frames they complete. */
  push(chunk: Uint8Array): CapturedFrame[] {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const frames: CapturedFrame[] = [];
    if (!this.headerSeen) {
      if (this.buffered.length < GLOBAL_HEADER) return frames;
      const magic = this.buffered.readUInt32LE(0);
      const link = this.buffered.readUInt32LE(20);
      if (magic !== 0xa1b2c3d4 || link !== 1)
        throw new Error(
          `not an Ethernet libpcap stream (magic ${magic.toString(16)}, link type ${link})`,
        );
      this.buffered = this.buffered.subarray(GLOBAL_HEADER);
      this.headerSeen = true;
    }
    while (this.buffered.length >= RECORD_HEADER) {
      const length = this.buffered.readUInt32LE(8);
      if (length > MAX_RECORD)
        throw new Error(`pcap record of ${length} bytes is over ${MAX_RECORD}`);
      if (this.buffered.length < RECORD_HEADER + length) break;
      const timeMs = this.buffered.readUInt32LE(0) * 1000 + this.buffered.readUInt32LE(4) / 1000;
      frames.push({
        timeMs,
        bytes: Uint8Array.from(this.buffered.subarray(RECORD_HEADER, RECORD_HEADER + length)),
      });
      this.buffered = this.buffered.subarray(RECORD_HEADER + length);
    }
    return frames;
  }
}
