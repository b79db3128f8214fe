/**
 * The local web server behind every mapped hostname in the end-to-end suite. Both browsers resolve
 * all host names to 127.0.0.1, so http://www.taobao.com:PORT/ reaches this server with its real
 * host name, and the extension's match patterns (which ignore the port) apply as on the real site.
 *
 * Routes:
 * - a file under tests/e2e/pages/ at the request path, whatever the host;
 * - /generated/big.html?nodes=N: a page with N DOM nodes (a heavy shopping page);
 * - anything else: a small page titled with the host name.
 * Every request is logged, so a test can prove nothing unexpected was fetched.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGES = join(import.meta.dirname, '..', 'pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

export interface LoggedRequest {
  host: string;
  path: string;
}

export interface TestServer {
  port: number;
  requests: LoggedRequest[];
  /** http://HOST:PORT + path */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function bigPage(nodes: number, title = 'Big shopping page'): string {
  // Rows of product cards, ~5 nodes each, like a search results page.
  const cards: string[] = [];
  for (let i = 0; i < Math.ceil(nodes / 5); i++) {
    cards.push(
      `<li class="card"><a href="#p${i}"><img alt="" width="1" height="1"><span>Item ${i}</span></a><b>¥${i}</b></li>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><ul>${cards.join('')}</ul></body></html>`;
}

function defaultPage(host: string, path: string): string {
  const title = `${host}${path === '/' ? '' : path}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>Test page.</p><button id="page-button">Page button</button></body></html>`;
}

export async function startServer(
  port = Number(process.env.HUTONG_TEST_PORT ?? 0),
): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'http://placeholder');
    requests.push({ host, path: url.pathname });
    if (url.pathname === '/generated/big.html') {
      const nodes = Math.min(Number(url.searchParams.get('nodes') ?? 20000), 500_000);
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(bigPage(nodes, url.searchParams.get('title') ?? undefined));
      return;
    }
    const file = normalize(join(PAGES, url.pathname));
    if (file.startsWith(PAGES) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(defaultPage(host, url.pathname));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is already in use. Free it, or unset HUTONG_TEST_PORT to use any free port.`,
            )
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    requests,
    url: (host, path = '/') => `http://${host}:${actualPort}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
