import { hash } from 'node:crypto';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** URLs run long; their sha1 is a short key, and a sha1 collision between two URLs is not a practical risk. */
export function urlDigest(url: string): Uint8Array {
  return hash('sha1', url, 'buffer');
}

/**
 * A sha256 as its 32 bytes. Text that is not a lower-case hex sha256 (a hand-edited manifest) is
 * keyed by its own sha256, so equal texts still match and no two different texts do in practice.
 */
export function sha256Digest(text: string): Uint8Array {
  return SHA256_HEX.test(text) ? Buffer.from(text, 'hex') : hash('sha256', text, 'buffer');
}
