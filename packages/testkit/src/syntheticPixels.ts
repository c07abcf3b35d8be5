import { createRandom } from './deterministicHash.js';

const GRID_COLUMNS = 4;
const GRID_ROWS = 3;
const CHANNELS = 3;

/**
 * Raw RGB pixels of a photo-like picture: a smooth colour field, a few translucent rectangles and
 * ellipses and grain, all derived from the seed. Distinct per seed and not trivially compressible.
 */
// The painters below index arrays they sized themselves from width, height and CHANNELS, within those bounds:
// the `!`s on their reads say so.
export function syntheticPixels(seed: number, width: number, height: number): Buffer {
  const random = createRandom(seed);
  const pixels = new Uint8ClampedArray(width * height * CHANNELS);
  paintColourField(pixels, width, height, random);
  const shapes = 6 + Math.floor(random() * 6);
  for (let shape = 0; shape < shapes; shape++) paintShape(pixels, width, height, random);
  addGrain(pixels, seed);
  return Buffer.from(pixels.buffer);
}

function paintColourField(pixels: Uint8ClampedArray, width: number, height: number, random: () => number): void {
  const grid = Float64Array.from({ length: GRID_COLUMNS * GRID_ROWS * CHANNELS }, () => 30 + random() * 190);
  const segmentOf = new Int32Array(width);
  const weightOf = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    const position = (x / Math.max(1, width - 1)) * (GRID_COLUMNS - 1);
    const segment = Math.min(GRID_COLUMNS - 2, Math.floor(position));
    segmentOf[x] = segment * CHANNELS;
    weightOf[x] = position - segment;
  }
  const rowColours = new Float64Array(GRID_COLUMNS * CHANNELS);
  const rowStride = GRID_COLUMNS * CHANNELS;
  for (let y = 0; y < height; y++) {
    const position = (y / Math.max(1, height - 1)) * (GRID_ROWS - 1);
    const top = Math.min(GRID_ROWS - 2, Math.floor(position));
    const weight = position - top;
    for (let i = 0; i < rowStride; i++) {
      rowColours[i] = grid[top * rowStride + i]! * (1 - weight) + grid[(top + 1) * rowStride + i]! * weight;
    }
    let offset = y * width * CHANNELS;
    for (let x = 0; x < width; x++, offset += CHANNELS) {
      const left = segmentOf[x]!;
      const t = weightOf[x]!;
      for (let c = 0; c < CHANNELS; c++) {
        pixels[offset + c] = rowColours[left + c]! + (rowColours[left + CHANNELS + c]! - rowColours[left + c]!) * t;
      }
    }
  }
}

function paintShape(pixels: Uint8ClampedArray, width: number, height: number, random: () => number): void {
  const centreX = random() * width;
  const centreY = random() * height;
  const radiusX = Math.max(1, (0.04 + random() * 0.2) * width);
  const radiusY = Math.max(1, (0.04 + random() * 0.2) * height);
  const isEllipse = random() < 0.5;
  const opacity = 0.3 + random() * 0.5;
  const colour = [random() * 255, random() * 255, random() * 255];
  const top = Math.max(0, Math.floor(centreY - radiusY));
  const bottom = Math.min(height, Math.ceil(centreY + radiusY));
  for (let y = top; y < bottom; y++) {
    const dy = (y - centreY) / radiusY;
    const halfWidth = isEllipse ? radiusX * Math.sqrt(Math.max(0, 1 - dy * dy)) : radiusX;
    const left = Math.max(0, Math.floor(centreX - halfWidth));
    const right = Math.min(width, Math.ceil(centreX + halfWidth));
    for (let x = left, offset = (y * width + left) * CHANNELS; x < right; x++, offset += CHANNELS) {
      for (let c = 0; c < CHANNELS; c++) pixels[offset + c]! += (colour[c]! - pixels[offset + c]!) * opacity;
    }
  }
}

function addGrain(pixels: Uint8ClampedArray, seed: number): void {
  // A plain LCG: the grain only needs to be cheap and repeatable, not statistically good.
  let state = Math.imul(seed, 2654435761) >>> 0;
  for (let i = 0; i < pixels.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    pixels[i]! += ((state >>> 24) - 128) >> 3;
  }
}
