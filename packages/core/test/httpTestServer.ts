import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
  /** Arrival time on the server's clock, in ms. */
  at: number;
}

export interface TestServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** `seen` holds the requests that arrived before the one being handled, plus it, in arrival order. */
export type Handler = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest[]) => void;

/** A throwaway HTTP(S) server on 127.0.0.1 that records every request it receives. */
export async function startServer(handler: Handler, tls?: { key: string; cert: string }): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ path: req.url ?? '', headers: req.headers, at: performance.now() });
    handler(req, res, seen);
  };
  const server: Server = tls ? createHttpsServer(tls, onRequest) : createHttpServer(onRequest);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
