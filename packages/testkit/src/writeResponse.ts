import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppliedFault } from './FaultController.js';
import type { SimBody, SimResponse, StreamedBody } from './SimRoute.js';
import { htmlErrorPage } from './simResponses.js';

const BROKEN_JSON = '{"success":true,"items":[{"id":';

/** Sends a route's answer, bent by the faults that act on the body (`html`, `malformed-json`, `truncate`, mid-body `reset`). */
export async function writeResponse(res: ServerResponse, response: SimResponse, fault: AppliedFault | null): Promise<void> {
  const { status, headers, body } = fault ? bend(response, fault) : normalize(response);
  const size = bodySize(body);
  res.writeHead(status, { ...headers, 'content-length': String(size) });
  if (fault?.kind === 'truncate' || (fault?.kind === 'reset' && fault.resetAt === 'mid-body')) {
    await writePrefix(res, body, Math.floor(size / 2));
    if (fault.kind === 'truncate') res.socket?.end();
    else res.socket?.resetAndDestroy();
    return;
  }
  if (body instanceof Uint8Array) {
    res.end(body);
    return;
  }
  await pipeline(body.open(), res).catch(() => {
    // The client went away (or hit its size limit) mid-body; nothing is left to answer.
  });
}

interface NormalResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | StreamedBody;
}

function normalize(response: SimResponse): NormalResponse {
  const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const body = response.body ?? '';
  return { status: response.status, headers, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body };
}

function bend(response: SimResponse, fault: AppliedFault): NormalResponse {
  const normal = normalize(response);
  if (fault.kind === 'html') {
    const contentType = normal.headers['content-type'] ?? 'text/html; charset=utf-8';
    const page = htmlErrorPage(500, 'Internal Server Error');
    return { status: 200, headers: { ...normal.headers, 'content-type': contentType }, body: Buffer.from(page) };
  }
  if (fault.kind === 'malformed-json') {
    return {
      status: 200,
      headers: { ...normal.headers, 'content-type': 'application/json' },
      body: Buffer.from(brokenJson(response.body)),
    };
  }
  return normal;
}

/** A strict prefix of a JSON object or array is never valid JSON; anything else gets a fixed broken body. */
function brokenJson(body: SimBody | undefined): string {
  const text = typeof body === 'string' ? body : body instanceof Uint8Array ? Buffer.from(body).toString('utf8') : '';
  const trimmed = text.trim();
  if (trimmed.length > 1 && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
    return trimmed.slice(0, Math.ceil(trimmed.length / 2));
  }
  return BROKEN_JSON;
}

function bodySize(body: NormalResponse['body']): number {
  return body instanceof Uint8Array ? body.length : body.size;
}

async function writePrefix(res: ServerResponse, body: NormalResponse['body'], limit: number): Promise<void> {
  const source = body instanceof Uint8Array ? Readable.from([body]) : body.open();
  await pipeline(source, takeBytes(limit), res, { end: false }).catch(() => {
    // The client may already be gone; the connection is cut right after anyway.
  });
}

function takeBytes(limit: number) {
  return async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let remaining = limit;
    if (remaining <= 0) return;
    for await (const chunk of chunks) {
      const part = chunk.subarray(0, remaining);
      remaining -= part.length;
      yield part;
      if (remaining <= 0) return;
    }
  };
}
