import { formatAddress } from '../calc/format-address.js';
import type { HostSide, SameSubnetResult } from '../calc/same-subnet.js';
import { fillTemplate } from '../core/error-catalogue.js';
import type { Lang } from '../core/lang.js';
import { type LineOptions, lineWords } from './_line-words.js';
import { networkText, viewsDiffer } from './_same-subnet-words.js';

/**
 * The templates of a same-subnet line in one language. Each verdict's line has the hosts `{a}`
 * and `{b}` (address/prefix), the network `{network}` or the networks `{networkA}` and
 * `{networkB}`, and `{views}`; `views` holds the views' text, indexed by aSeesB * 2 + bSeesA.
 * The batch fast path compiles these same strings into its byte pieces.
 */
export interface SameSubnetLineTemplates {
  readonly same: string;
  readonly different: string;
  readonly andsEqual: string;
  readonly views: readonly string[];
}

const byLang = new Map<Lang | undefined, SameSubnetLineTemplates>();

/** The templates of a same-subnet line in `lang` (English unless told), read once. */
export function sameSubnetLineTemplates(lang?: Lang): SameSubnetLineTemplates {
  let templates = byLang.get(lang);
  if (templates === undefined) {
    const words = lineWords(lang);
    const view = (local: boolean) => words(local ? 'same-subnet-local' : 'same-subnet-remote');
    templates = {
      same: words('same-subnet-same'),
      different: words('same-subnet-different'),
      andsEqual: words('same-subnet-ands-equal'),
      views: [0, 1, 2, 3].map((bits) =>
        words('same-subnet-views', {
          aSeesB: view((bits & 2) !== 0),
          bSeesA: view((bits & 1) !== 0),
        }),
      ),
    };
    byLang.set(lang, templates);
  }
  return templates;
}

function hostText(side: HostSide): string {
  return `${formatAddress(side.address)}/${side.mask.prefix}`;
}

/**
 * A same-subnet answer on one line, for batch runs, in `lang`: the two hosts, the verdict with
 * the networks, and each host's view when the hosts disagree.
 * @example "192.168.1.5/24 192.168.1.77/24: same subnet 192.168.1.0/24"
 * @example "10.0.0.5/24 10.0.1.0/23: different subnets (equal ANDs, different masks) 10.0.0.0/24 vs 10.0.0.0/23; ..."
 */
export function sameSubnetLine(result: SameSubnetResult, { lang }: LineOptions = {}): string {
  const { a, b } = result;
  const templates = sameSubnetLineTemplates(lang);
  const template = result.sameSubnet
    ? templates.same
    : result.andsEqual
      ? templates.andsEqual
      : templates.different;
  const views = viewsDiffer(result)
    ? (templates.views[(result.aSeesB ? 2 : 0) + (result.bSeesA ? 1 : 0)] ?? '')
    : '';
  return fillTemplate(template, {
    a: hostText(a),
    b: hostText(b),
    network: networkText(a),
    networkA: networkText(a),
    networkB: networkText(b),
    views,
  });
}
