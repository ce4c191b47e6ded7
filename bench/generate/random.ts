// The PRNG of a batch. The demo history's mulberry32 has a 32-bit state that steps by a constant,
// so streams from different seeds are shifted copies of one cycle of 2^32: with 500 batches of
// ~2 M draws each they overlap, and overlapping batches repeat ids (the first 10 M run failed on
// a duplicate rating id). sfc32 has 128 bits of chaotic state: distinct seeds do not meet.
import { randomOf, type Random } from '../../server/src/modules/stats/seed/history-random.ts';

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A Random (history-random's interface) for batch `batch` of `phase` under `seed`. */
export function batchRandom(seed: number, phase: number, batch: number): Random {
  const sm = splitmix32(Math.imul(seed + 1, 0x2545f491) ^ (phase << 24) ^ batch);
  let a = sm();
  let b = sm();
  let c = sm();
  let d = sm() | 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return randomOf(next);
}
