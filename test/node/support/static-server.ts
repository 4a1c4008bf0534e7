/**
 * A static file server for embedding tests: serves dist/ at `/` and
 * test/e2e/ at `/e2e/` on 127.0.0.1 (random port), plus routes a test adds
 * (custom status, body, headers, delay). It logs every request path so that a
 * test can check that a page made no other request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

const mounts: [prefix: string, dir: string][] = [
  ['/e2e/', join(repo, 'test/e2e')],
  ['/', join(repo, 'dist')],
];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Route {
  status?: number;
  body: string;
  type?: string;
  headers?: Record<string, string>;
  /** Answer only after this many milliseconds. */
  delayMs?: number;
}

export interface StaticServer {
  readonly origin: string;
  url(path: string): string;
  /** Serves `route` at `path` (exact match, query ignored), replacing any file there. */
  route(path: string, route: Route): void;
  /** Paths (with query) requested since the last `clearRequests()`. */
  readonly requests: string[];
  clearRequests(): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Extra response headers per request path, e.g. a Content-Security-Policy. */
  headers?: (path: string) => Record<string, string>;
}

export async function startStaticServer(options: ServerOptions = {}): Promise<StaticServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = request.url ?? '/';
    requests.push(url);
    const path = decodeURIComponent(url.split('?')[0]);
    const extra = options.headers?.(path) ?? {};
    const route = routes.get(path);
    if (route) {
      if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
      response.writeHead(route.status ?? 200, {
        'Content-Type': route.type ?? types[extname(path)] ?? 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        ...extra,
        ...route.headers,
      });
      response.end(route.body);
      return;
    }
    const file = resolveFile(path.endsWith('/') ? path + 'index.html' : path);
    const body = file === null ? null : await readFile(file).catch(() => null);
    if (file === null || body === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...extra,
    });
    response.end(body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => origin + path,
    route: (path, route) => void routes.set(path, route),
    requests,
    clearRequests: () => void requests.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The file under a mount for a URL path, or null when it would escape it. */
function resolveFile(path: string): string | null {
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    return file.startsWith(dir) ? file : null;
  }
  return null;
}
