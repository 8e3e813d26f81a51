import type { MacReport } from '../calc/decode-mac.js';
import { macOctets } from '../calc/mac-address.js';

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
}

/** Turns a decoded MAC into its JSON record (no bigints), keeping what the user typed. */
export function macJson(report: MacReport, input: string): MacJson {
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
  };
}
