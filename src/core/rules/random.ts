// A seeded pseudo-random generator for the core: the same seed draws the same
// numbers, so a call can be replayed. xoshiro128** seeded through splitmix32.
// Not for secrets that must resist prediction: the seed comes from the caller.

export interface Random {
  /** A uniformly drawn 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniformly drawn integer in [0, bound), without modulo bias. */
  below(bound: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** FNV-1a of a text, to fold strings (an ARN, a time) into a seed. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function seededRandom(seed: number): Random {
  // Fold the whole number in, not only its low 32 bits.
  const init = splitmix32(hashText(String(seed)) ^ (Math.trunc(seed) >>> 0));
  let a = init(), b = init(), c = init(), d = init();
  if ((a | b | c | d) === 0) a = 1; // xoshiro's one forbidden state
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d >>> 0, 11);
    a >>>= 0; b >>>= 0; c >>>= 0;
    return result;
  };
  return {
    nextUint32,
    below(bound) {
      if (!Number.isInteger(bound) || bound < 1 || bound > 0x100000000) {
        throw new RangeError(`below: bound ${bound} out of range`);
      }
      // Reject the top partial bucket so that every value is equally likely.
      const limit = 0x100000000 - (0x100000000 % bound);
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x % bound;
    },
  };
}

/** A random permutation in place (Fisher-Yates). */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A version id of UUID v4 shape drawn from the generator. */
export function randomUuid(random: Random): string {
  const hex = Array.from({ length: 4 }, () => random.nextUint32().toString(16).padStart(8, "0")).join("");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
