import { UsageError } from './UsageError.js';

/**
 * `--thumbnail-size` as the History-X4 README and scripts wrote it: `512,512`, `800x800`, `800 800`
 * (two words), `(512, 512)` (Python tuple literal) or a single `512` for a square box.
 */
export function parseThumbnailSize(value: string | number | (string | number)[]): [number, number] {
  const text = (Array.isArray(value) ? value.join(' ') : String(value)).trim();
  const match = /^\(?\s*(\d+)\s*(?:(?:[,xX×]|\s)\s*(\d+)\s*)?\)?$/.exec(text);
  const numbers = match ? [Number(match[1]), Number(match[2] ?? match[1])] : [];
  if (numbers.length !== 2 || numbers.some((n) => n < 1 || n > 65_535)) {
    throw new UsageError(`--thumbnail-size must be WIDTH,HEIGHT in pixels (e.g. 512,512 or 800x800), got "${text}"`);
  }
  return numbers as [number, number];
}
