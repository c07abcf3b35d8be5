import { Agent, createServer, request } from 'node:http';
import { once } from 'node:events';

/**
 * A pass-through server on another port of 127.0.0.1 for the simulator's API. It forwards every request
 * with the Host header of `mediaOrigin`: the simulator writes absolute URLs with the origin the client
 * asked for, so the items the CLI reads from 127.0.0.1 point at images on `mediaOrigin`'s host name.
 */
export async function startApiFront(simulatorUrl, mediaOrigin) {
  const target = new URL(simulatorUrl);
  const host = new URL(mediaOrigin).host;
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    const forward = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close() {
      agent.destroy();
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      return closed;
    },
  };
}
