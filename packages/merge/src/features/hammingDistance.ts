/** A 64-bit perceptual hash as two unsigned 32-bit halves, so distances need no BigInt. */
export interface HashHalves {
  high: number;
  low: number;
}

export function hashHalves(hex: string): HashHalves {
  if (!/^[0-9a-f]{16}$/.test(hex)) throw new Error(`a perceptual hash is 16 lower-case hex digits, got "${hex}"`);
  return { high: parseInt(hex.slice(0, 8), 16), low: parseInt(hex.slice(8), 16) };
}

/** Number of differing bits between two 64-bit hashes. */
export function hammingDistance(aHigh: number, aLow: number, bHigh: number, bLow: number): number {
  return popCount32(aHigh ^ bHigh) + popCount32(aLow ^ bLow);
}

function popCount32(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
