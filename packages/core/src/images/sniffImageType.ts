export type ImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'tiff';

/** How many leading bytes `sniffImageType` needs. */
export const SNIFF_BYTES = 12;

/**
 * The image format by its magic bytes, or null. Servers send HTML error pages and placeholders
 * labelled `image/jpeg`, so the Content-Type is not trusted.
 */
export function sniffImageType(firstBytes: Uint8Array): ImageType | null {
  const startsWith = (signature: number[], offset = 0): boolean =>
    firstBytes.length >= offset + signature.length && signature.every((byte, i) => firstBytes[offset + i] === byte);
  const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

  if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(ascii('GIF87a')) || startsWith(ascii('GIF89a'))) return 'gif';
  if (startsWith(ascii('RIFF')) && startsWith(ascii('WEBP'), 8)) return 'webp';
  // Classic TIFF (42) and BigTIFF (43), little- and big-endian.
  if (startsWith([0x49, 0x49, 0x2a, 0x00]) || startsWith([0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith([0x49, 0x49, 0x2b, 0x00]) || startsWith([0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  return null;
}
