/** LINKTYPE_ETHERNET: frames start with the Ethernet header and carry no FCS. */
const LINKTYPE_ETHERNET = 1;
const SNAPLEN = 65535;

/** One captured frame and when it was seen. */
export interface PcapRecord {
  readonly frame: Uint8Array;
  /** Capture time in milliseconds since the Unix epoch. */
  readonly timeMs: number;
}

/**
 * Writes frames as a classic pcap file (the libpcap format Wireshark and tshark read): the
 * 24-byte global header (magic a1b2c3d4 little-endian, version 2.4, Ethernet link type) and a
 * 16-byte record header before each frame.
 */
export function writePcap(records: readonly PcapRecord[]): Uint8Array {
  const size = 24 + records.reduce((total, record) => total + 16 + record.frame.length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0xa1b2c3d4, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, 4, true);
  view.setUint32(16, SNAPLEN, true);
  view.setUint32(20, LINKTYPE_ETHERNET, true);
  let offset = 24;
  for (const record of records) {
    view.setUint32(offset, Math.floor(record.timeMs / 1000), true);
    view.setUint32(offset + 4, Math.round((record.timeMs % 1000) * 1000), true);
    view.setUint32(offset + 8, record.frame.length, true);
    view.setUint32(offset + 12, record.frame.length, true);
    bytes.set(record.frame, offset + 16);
    offset += 16 + record.frame.length;
  }
  return bytes;
}
