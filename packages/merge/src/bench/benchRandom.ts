import { createHash } from 'node:crypto';

/** Deterministic pseudo-random numbers from a key: the same archive and row always get the same image. */
export function keyedUnit(...parts: (string | number)[]): number {
  return createHash('sha1').update(parts.join(':')).digest().readUInt32BE(0) / 2 ** 32;
}

export function keyedHex(length: number, ...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join(':')).digest('hex').slice(0, length);
}

/** A 64-bit hash (16 hex digits) with `bits` of its bits flipped, as a near copy's perceptual hash would be. */
export function flipBits(hex: string, bits: number, ...parts: (string | number)[]): string {
  let value = BigInt(`0x${hex}`);
  const flipped = new Set<number>();
  for (let i = 0; flipped.size < bits; i++) flipped.add(Math.floor(keyedUnit('flip', i, ...parts) * 64));
  for (const bit of flipped) value ^= 1n << BigInt(bit);
  return value.toString(16).padStart(16, '0');
}
