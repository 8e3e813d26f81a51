/*
 * The fast paths of the batch commands, each a ChunkAnswerer for `runBatch`: lines the fast path
 * knows are answered from bytes to bytes, every other line by the careful path.
 */

import { fastAnswerer } from './_fast-answerer.js';
import { fastClassify } from './_fast-classify.js';
import { fastSameSubnet } from './_fast-same-subnet.js';
import { fastSubnet } from './_fast-subnet.js';
import type { AnswerForm, BatchHandler, ChunkAnswerer } from './run-batch.js';

/** `classify --stdin`, fast for canonical IPv4 and hex-group IPv6. */
export function classifyAnswerer<R>(handler: BatchHandler<R>, form: AnswerForm): ChunkAnswerer {
  return fastAnswerer(fastClassify(handler, form), handler, form);
}

/** `same-subnet --stdin`, fast for IPv4 pairs. */
export function sameSubnetAnswerer<R>(handler: BatchHandler<R>, form: AnswerForm): ChunkAnswerer {
  return fastAnswerer(fastSameSubnet(form), handler, form);
}

/** `subnet --stdin`, fast for IPv4. */
export function subnetAnswerer<R>(handler: BatchHandler<R>, form: AnswerForm): ChunkAnswerer {
  return fastAnswerer(fastSubnet(form), handler, form);
}
