/** Side of the greyscale square the hash is computed from. */
export const HASH_SIDE = 32;
/** The hash keeps the 8×8 lowest frequencies after the DC row and column: 64 bits. */
const BLOCK = 8;
/**
 * Below this standard deviation of the 32×32 greyscale (0–255), an image is nearly uniform: its
 * frequencies are noise, so two unrelated blank scans would match. Such images get no hash.
 */
const FLAT_GREY_STD = 2;

/** cos((2x + 1)·k·π / 2N) for the frequencies k = 1..8 the hash uses. */
const COSINES = Array.from({ length: BLOCK }, (_, k) =>
  Float64Array.from({ length: HASH_SIDE }, (_, x) => Math.cos(((2 * x + 1) * (k + 1) * Math.PI) / (2 * HASH_SIDE))),
);

/**
 * DCT perceptual hash (the pHash.org scheme): the 2-D DCT-II of a 32×32 greyscale image, the 8×8
 * coefficients at frequencies 1..8 in both directions, one bit per coefficient set when it is above
 * their median. Re-encoding or resizing an image barely moves these low frequencies, so copies land
 * a few bits apart while unrelated images differ in about half the bits. Only the 64 coefficients
 * are computed, separably (rows, then columns): 12k multiplications instead of a full DCT's million.
 * Returns 16 hex digits, or null for a nearly uniform image.
 */
export function perceptualHash(grey: Uint8Array): string | null {
  if (grey.length !== HASH_SIDE * HASH_SIDE) {
    throw new Error(`perceptualHash needs ${HASH_SIDE}×${HASH_SIDE} grey pixels, got ${grey.length}`);
  }
  if (standardDeviation(grey) < FLAT_GREY_STD) return null;
  // Every index below stays inside its array: grey is HASH_SIDE × HASH_SIDE (checked above), COSINES is
  // BLOCK × HASH_SIDE, rowSums HASH_SIDE × BLOCK and coefficients BLOCK × BLOCK = 64.
  const rowSums = new Float64Array(HASH_SIDE * BLOCK);
  for (let y = 0; y < HASH_SIDE; y++) {
    for (let u = 0; u < BLOCK; u++) {
      let sum = 0;
      for (let x = 0; x < HASH_SIDE; x++) sum += grey[y * HASH_SIDE + x]! * COSINES[u]![x]!;
      rowSums[y * BLOCK + u] = sum;
    }
  }
  const coefficients = new Float64Array(BLOCK * BLOCK);
  for (let v = 0; v < BLOCK; v++) {
    for (let u = 0; u < BLOCK; u++) {
      let sum = 0;
      for (let y = 0; y < HASH_SIDE; y++) sum += rowSums[y * BLOCK + u]! * COSINES[v]![y]!;
      coefficients[v * BLOCK + u] = sum;
    }
  }
  const sorted = Float64Array.from(coefficients).sort();
  const median = (sorted[31]! + sorted[32]!) / 2;
  let high = 0;
  let low = 0;
  coefficients.forEach((value, bit) => {
    if (value <= median) return;
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  });
  return hex32(high) + hex32(low);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

function standardDeviation(values: Uint8Array): number {
  let sum = 0;
  let squares = 0;
  for (const value of values) {
    sum += value;
    squares += value * value;
  }
  const mean = sum / values.length;
  return Math.sqrt(Math.max(0, squares / values.length - mean * mean));
}
