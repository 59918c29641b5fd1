import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** /metrics (Prometheus), /healthz (process alive) and /readyz (store and source connected). */
export class HttpServer {
  private readonly server: Server;

  constructor(options: {
    registry: Registry;
    ready: () => boolean;
    /** Further routes (the check API): true when it handled the request. */
    routes?: (req: IncomingMessage, res: ServerResponse, path: string) => boolean;
  }) {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (options.routes?.(req, res, path)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      switch (path) {
        case '/metrics':
          options.registry
            .metrics()
            .then((body) => res.writeHead(200, { 'content-type': options.registry.contentType }).end(body))
            .catch(() => res.writeHead(500).end('metrics unavailable\n'));
          return;
        case '/healthz':
          res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
          return;
        case '/readyz': {
          const ready = options.ready();
          res
            .writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' })
            .end(ready ? 'ready\n' : 'not ready\n');
          return;
        }
        default:
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      }
    });
  }

  /** Listens; resolves with the bound port (useful with port 0). */
  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
