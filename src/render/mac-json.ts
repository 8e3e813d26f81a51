import type { MacReport } from '../calc/decode-mac.js';
import { macOctets } from '../calc/mac-address.js';
import type { MacVendor } from '../calc/oui-vendor.js';

/** The JSON record `netlab mac --json` prints for one address. */
export interface MacJson {
  readonly input: string;
  readonly mac: string;
  readonly octets: readonly number[];
  readonly oui: string;
  readonly device: string;
  readonly firstOctet: { readonly value: number; readonly binary: string };
  readonly igBit: 0 | 1;
  readonly ulBit: 0 | 1;
  readonly cast: MacReport['cast'];
  readonly administration: MacReport['administration'];
  readonly wellKnown: MacReport['wellKnown'];
  /** The IEEE registry's answer: assigned (prefix, organization), unassigned (prefix) or local. */
  readonly vendor: MacVendor | null;
}

/** Options for `macJson`. */
export interface MacJsonOptions {
  /** The vendor looked up in the IEEE registry; null when it was not looked up. */
  readonly vendor?: MacVendor | null;
}

/** Turns a decoded MAC into its JSON record (no bigints), keeping what the user typed. */
export function macJson(report: MacReport, input: string, options: MacJsonOptions = {}): MacJson {
  return {
    input,
    mac: report.canonical,
    octets: macOctets(report.mac),
    oui: report.oui,
    device: report.device,
    firstOctet: { value: report.firstOctet, binary: report.firstOctetBinary },
    igBit: report.igBit,
    ulBit: report.ulBit,
    cast: report.cast,
    administration: report.administration,
    wellKnown: report.wellKnown,
    vendor: options.vendor ?? null,
  };
}
