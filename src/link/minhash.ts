// MinHash signatures and their LSH band keys over sets of 32-bit hashes (word shingles, content words). Two sets
// agree on one signature slot with probability equal to their Jaccard similarity; a band of r slots agrees with
// probability J^r, so items that share any band key are candidates worth comparing.

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over a string's UTF-16 units, finalised. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** Order-dependent combination of two hashes (shingles are sequences). */
export const combine = (a: number, b: number): number => mix32(Math.imul(a, 0x9e3779b1) ^ b);

const seeds: number[] = [];
const seed = (i: number): number => {
  while (seeds.length <= i) seeds.push(mix32(Math.imul(seeds.length + 1, 0x9e3779b9)));
  return seeds[i]!;
};

/** The minimum of each of `n` hash functions over the set. */
export function signature(set: ArrayLike<number>, n: number): Uint32Array {
  const out = new Uint32Array(n).fill(0xffffffff);
  const seeds = Uint32Array.from({ length: n }, (_, i) => seed(i));
  for (let k = 0; k < set.length; k++) {
    const x = set[k]!;
    for (let i = 0; i < n; i++) {
      const h = mix32(x ^ seeds[i]!);
      if (h < out[i]!) out[i] = h;
    }
  }
  return out;
}

/** One key per band: the band's number and its slots, so equal keys mean an equal band. */
export function bandKeys(sig: Uint32Array, bands: number, rows: number, prefix = ""): string[] {
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    let key = `${prefix}${b.toString(36)}:`;
    for (let r = 0; r < rows; r++) key += sig[b * rows + r]!.toString(36).padStart(7, "0");
    keys.push(key);
  }
  return keys;
}
