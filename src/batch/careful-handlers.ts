import { type Classification, classify } from '../calc/classify.js';
import { parseAddress } from '../calc/parse-address.js';
import { parseHostPair } from '../calc/parse-host-pair.js';
import { parseHostSpec } from '../calc/parse-host-spec.js';
import { type SameSubnetResult, sameSubnet } from '../calc/same-subnet.js';
import { type SubnetFacts, subnetFacts } from '../calc/subnet-facts.js';
import { InputError } from '../core/errors.js';
import { classificationToJson } from '../render/classify-json.js';
import { renderClassificationLine } from '../render/classify-line.js';
import { sameSubnetJson } from '../render/same-subnet-json.js';
import { sameSubnetLine } from '../render/same-subnet-line.js';
import { subnetJson } from '../render/subnet-json.js';
import { subnetLine } from '../render/subnet-line.js';
import { type BatchHandler, splitFields } from './run-batch.js';

/**
 * How each calculator with a fast path answers one `--stdin` line carefully: through its
 * general parser, with every refusal explained. The fast path hands every line it does not
 * accept to these, and the differential tests hold the two to the same output.
 */

export const classifyBatchHandler: BatchHandler<Classification> = {
  compute: (line) => classify(parseAddress(line)),
  renderText: renderClassificationLine,
  toJson: classificationToJson,
};

export const sameSubnetBatchHandler: BatchHandler<SameSubnetResult> = {
  compute: (line) => {
    const pair = parseHostPair(splitFields(line));
    return sameSubnet(pair.a, pair.b);
  },
  renderText: sameSubnetLine,
  toJson: sameSubnetJson,
};

export const subnetBatchHandler: BatchHandler<SubnetFacts> = {
  compute: (line) => {
    const fields = splitFields(line);
    const [address = '', mask, ...extra] = fields;
    if (extra.length > 0) {
      throw new InputError('bad-subnet-case', { count: fields.length });
    }
    return subnetFacts(parseHostSpec(address, mask));
  },
  renderText: subnetLine,
  toJson: subnetJson,
};
