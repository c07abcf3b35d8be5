export type ImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'tiff';

/** How many leading bytes `sniffImageType` and `sniffContentKind` read. */
export const SNIFF_BYTES = 64;

/**
 * The image format by its magic bytes, or null. Servers send HTML error pages and placeholders
 * labelled `image/jpeg`, so the Content-Type is not trusted.
 */
export function sniffImageType(firstBytes: Uint8Array): ImageType | null {
  const startsWith = (signature: number[], offset = 0): boolean =>
    firstBytes.length >= offset + signature.length && signature.every((byte, i) => firstBytes[offset + i] === byte);
  const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

  if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(ascii('GIF87a')) || startsWith(ascii('GIF89a'))) return 'gif';
  if (startsWith(ascii('RIFF')) && startsWith(ascii('WEBP'), 8)) return 'webp';
  // Classic TIFF (42) and BigTIFF (43), little- and big-endian.
  if (startsWith([0x49, 0x49, 0x2a, 0x00]) || startsWith([0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith([0x49, 0x49, 0x2b, 0x00]) || startsWith([0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  return null;
}

/**
 * What a body that is not an image turned out to be, by its first bytes: an archive's media URL that
 * answers a web page, a PDF or a sound file says more about the archive than "not an image".
 */
export function sniffContentKind(firstBytes: Uint8Array): string {
  const image = sniffImageType(firstBytes);
  if (image) return image;
  if (firstBytes.length === 0) return 'empty';
  const text = Buffer.from(firstBytes)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/u, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('%pdf')) return 'pdf';
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.startsWith('<head') || text.startsWith('<body')) return 'html';
  if (text.startsWith('<?xml') || text.startsWith('<svg')) return text.includes('<svg') ? 'svg' : 'xml';
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (text.startsWith('id3') || (firstBytes[0] === 0xff && ((firstBytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  if (text.slice(4, 8) === 'ftyp') return 'mp4';
  if (text.startsWith('pk\x03\x04')) return 'zip';
  if (text.startsWith('riff') && text.slice(8, 12) === 'wave') return 'wav';
  if (text.startsWith('oggs')) return 'ogg';
  // JPEG 2000 (codestream or JP2 box): an image format, but not one the image stage decodes.
  if (firstBytes[0] === 0xff && firstBytes[1] === 0x4f && firstBytes[2] === 0xff && firstBytes[3] === 0x51) return 'jpeg2000';
  if (text.slice(4, 12) === 'jp  \r\n\x87\n') return 'jpeg2000';
  return [...firstBytes.subarray(0, 32)].every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f))
    ? 'text'
    : 'unknown';
}
