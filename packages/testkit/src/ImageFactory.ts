import { Readable } from 'node:stream';
import { LRUCache } from 'lru-cache';
import { parseImageSpec, type ImageSpec } from './ImageSpec.js';
import { renderImage, type RenderedImage } from './renderImage.js';
import type { SimResponse, StreamedBody } from './SimRoute.js';
import { htmlErrorPage, textResponse } from './simResponses.js';

export const DEFAULT_IMAGE_CACHE_BYTES = 256 * 1024 * 1024;
const PADDING_CHUNK = Buffer.alloc(64 * 1024);

/** Serves `/img/<spec>`: the same spec always gets the same bytes; rendered images are cached (LRU by bytes). */
export class ImageFactory {
  readonly #cache: LRUCache<string, RenderedImage>;

  constructor(cacheBytes = DEFAULT_IMAGE_CACHE_BYTES) {
    this.#cache = new LRUCache<string, RenderedImage>({
      maxSize: cacheBytes,
      sizeCalculation: (image) => Math.max(1, image.bytes.length),
      // Concurrent requests for one spec share a single rendering.
      fetchMethod: (key) => renderImage(parseImageSpec(key) as Required<ImageSpec>),
    });
  }

  /** `fileName` is the part after `/img/`. */
  async respond(fileName: string): Promise<SimResponse> {
    const spec = parseImageSpec(fileName);
    if (!spec || spec.kind === 'missing') {
      return textResponse(404, htmlErrorPage(404, 'Not Found'), 'text/html; charset=utf-8');
    }
    if (spec.kind === 'html') {
      return textResponse(200, htmlErrorPage(503, 'Service Temporarily Unavailable'), 'image/jpeg');
    }
    const image = await this.#cache.fetch(fileName);
    if (!image) throw new Error(`image ${fileName} could not be rendered`);
    const body = spec.kind === 'oversized' ? padded(image.bytes, spec.bytes) : image.bytes;
    return { status: 200, headers: { 'content-type': image.contentType }, body };
  }
}

/** A real JPEG followed by zeros up to `size` bytes, produced chunk by chunk. */
function padded(head: Buffer, size: number): StreamedBody {
  return {
    size: Math.max(size, head.length),
    open: () => Readable.from(paddedChunks(head, size)),
  };
}

function* paddedChunks(head: Buffer, size: number): Generator<Buffer> {
  yield head;
  for (let sent = head.length; sent < size; sent += PADDING_CHUNK.length) {
    yield PADDING_CHUNK.subarray(0, Math.min(PADDING_CHUNK.length, size - sent));
  }
}
