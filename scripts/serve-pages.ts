import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface PageServer {
  origin: string;
  /** Serve `body` at `path` (overrides the static folder); call again to change the page. */
  route(path: string, body: string | Buffer, type?: string, status?: number): string;
  url(path: string): string;
  /** The same page under its own loopback host name, e.g. http://acme.localhost:PORT/path. */
  hostUrl(host: string, path: string): string;
  /** Every request served so far, as `host + path` (e.g. "acme.localhost:PORT/trust"), " [cookie]" added when it sent cookies, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 (random port) for test pages, with routes tests can rewrite. */
export async function servePages(staticDir: string): Promise<PageServer> {
  const routes = new Map<string, { body: string | Buffer; type: string; status: number }>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${req.headers.host ?? ''}${req.url ?? ''}${req.headers.cookie ? ' [cookie]' : ''}`);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(routed.status, { 'content-type': routed.type, 'cache-control': 'no-store' });
      res.end(routed.body);
      return;
    }
    const file = normalize(join(staticDir, path));
    if (!file.startsWith(normalize(staticDir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${addr.port}`;
  return {
    origin,
    route(path, body, type = 'text/html; charset=utf-8', status = 200) {
      routes.set(path, { body, type, status });
      return origin + path;
    },
    url: (path) => origin + path,
    hostUrl: (host, path) => `http://${host}.localhost:${addr.port}${path}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
