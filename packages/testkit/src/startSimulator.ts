import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultController, type AppliedFault } from './FaultController.js';
import { HostLimit, type HostLimitOptions } from './HostLimit.js';
import { DEFAULT_IMAGE_CACHE_BYTES, ImageFactory } from './ImageFactory.js';
import { imagePath, type ImageSpec } from './ImageSpec.js';
import { RequestLog } from './RequestLog.js';
import { routeRequest } from './routeRequest.js';
import type { SimResponse, SimulatorArchive } from './SimRoute.js';
import { htmlErrorPage, textResponse } from './simResponses.js';
import { writeResponse } from './writeResponse.js';

export interface SimulatorOptions {
  archives: SimulatorArchive[];
  /** 0 (default) picks a free port. */
  port?: number;
  /** Only `127.0.0.1` is accepted: the simulator must never be reachable from elsewhere. */
  host?: string;
  /** Memory for rendered images (default 256 MiB). */
  imageCacheBytes?: number;
  /** Serve HTTPS with this key and certificate (see `selfSignedCertificate`), to test certificate errors. */
  tls?: { key: string; cert: string };
  /** Refuse with 429 above a rate or a number of open requests, as a strict host does (see `HostLimit`). */
  limit?: HostLimitOptions;
}

export interface Simulator {
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  /** Where an archive's routes live: `url + '/' + archiveId`. */
  endpoint(archiveId: string): string;
  imageUrl: (spec: ImageSpec) => string;
  faults: FaultController;
  requests: RequestLog;
  /** The host limit in force, with every arrival it judged; null without `limit`. */
  limit: HostLimit | null;
  /** Forget logged requests and remove every fault. */
  reset(): void;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const DEFAULT_SLOW_MS = 1000;
const ARCHIVE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** A local HTTP server answering like the archives it mounts, with generated images and faults on demand. */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const { port = 0, host = LOOPBACK } = options;
  if (host !== LOOPBACK) throw new Error(`the simulator listens on ${LOOPBACK} only, not on ${host}`);
  const archives = mountArchives(options.archives);
  const images = new ImageFactory(options.imageCacheBytes ?? DEFAULT_IMAGE_CACHE_BYTES);
  const faults = new FaultController();
  const requests = new RequestLog();
  const limit = options.limit ? new HostLimit(options.limit) : null;

  const scheme = options.tls ? 'https' : 'http';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else {
        const failure = textResponse(500, `simulator error: ${String(error)}\n`, 'text/plain');
        writeResponse(res, failure, null).catch(() => res.destroy());
      }
    });
  };
  const server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler);

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const baseUrl = baseUrlOf(req, url, scheme);
    const requestUrl = new URL(req.url ?? '/', baseUrl);
    const target = requestUrl.pathname + requestUrl.search;
    const method = req.method ?? 'GET';
    const fault = faults.pick(method, target);
    const logged = requests.add({ method, path: target, headers: req.headers, fault: fault?.kind ?? null, status: null });
    const respond = (response: SimResponse, applied: AppliedFault | null) => {
      logged.status = response.status;
      return writeResponse(res, response, applied);
    };
    if (limit?.applies(target)) {
      if (!limit.admit()) {
        const retryAfter = String(limit.options.retryAfterSeconds ?? 1);
        const refusal = textResponse(429, htmlErrorPage(429, 'Too Many Requests'), 'text/html; charset=utf-8', {
          'retry-after': retryAfter,
        });
        return respond(refusal, null);
      }
      res.once('close', () => limit.release());
    }
    if (method !== 'GET' && method !== 'HEAD') {
      await respond(textResponse(405, 'Method Not Allowed\n', 'text/plain', { allow: 'GET, HEAD' }), null);
      return;
    }
    if (fault) {
      const delayMs = fault.delayMs ?? (fault.kind === 'slow' ? DEFAULT_SLOW_MS : 0);
      if (delayMs > 0) await sleep(delayMs, undefined, { ref: false });
      if (res.destroyed) return;
      if (fault.kind === 'reset' && fault.resetAt !== 'mid-body') {
        req.socket.resetAndDestroy();
        return;
      }
      const early = earlyAnswer(fault);
      if (early) return respond(early, null);
    }
    const answer = await routeRequest({ url: requestUrl, headers: req.headers, baseUrl }, archives, images);
    await respond(answer, fault);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolve());
  });
  const url = `${scheme}://${LOOPBACK}:${(server.address() as AddressInfo).port}`;

  return {
    url,
    endpoint(archiveId) {
      const archive = archives.get(archiveId);
      if (!archive) throw new Error(`no archive "${archiveId}" is mounted on the simulator`);
      return `${url}/${archiveId}${archive.apiPath ?? ''}`;
    },
    imageUrl: (spec) => url + imagePath(spec),
    faults,
    requests,
    limit,
    reset() {
      faults.clear();
      requests.reset();
    },
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

function mountArchives(list: SimulatorArchive[]): Map<string, SimulatorArchive> {
  const archives = new Map<string, SimulatorArchive>();
  for (const archive of list) {
    if (!ARCHIVE_ID.test(archive.id) || archive.id === 'img') {
      throw new Error(`invalid simulator archive id "${archive.id}" (lowercase letters, digits, dashes; not "img")`);
    }
    if (archives.has(archive.id)) throw new Error(`simulator archive "${archive.id}" is mounted twice`);
    archives.set(archive.id, archive);
  }
  return archives;
}

/** Absolute URLs in answers use the origin the client asked for, like a real server behind its host name. */
function baseUrlOf(req: IncomingMessage, fallback: string, scheme: string): string {
  const host = req.headers.host;
  return host && /^[\w.-]+(:\d+)?$/.test(host) ? `${scheme}://${host}` : fallback;
}

function earlyAnswer(fault: AppliedFault): SimResponse | null {
  switch (fault.kind) {
    case '429':
      return textResponse(429, htmlErrorPage(429, 'Too Many Requests'), 'text/html; charset=utf-8', {
        'retry-after': String(fault.retryAfterSeconds ?? 1),
      });
    case '503':
      return textResponse(503, htmlErrorPage(503, 'Service Unavailable'), 'text/html; charset=utf-8');
    case '500':
      return textResponse(500, htmlErrorPage(500, 'Internal Server Error'), 'text/html; charset=utf-8');
    default:
      return null;
  }
}
