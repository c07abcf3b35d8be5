import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The vocabulary folder: `HX4_MISC_DIR`, else the copy packed into this package, else the
 * repository's top-level `misc/` (running from a clone).
 */
export function defaultMiscDir(): string {
  if (process.env.HX4_MISC_DIR) return process.env.HX4_MISC_DIR;
  const packed = fileURLToPath(new URL('../misc', import.meta.url));
  if (existsSync(packed)) return packed;
  return fileURLToPath(new URL('../../../misc', import.meta.url));
}
