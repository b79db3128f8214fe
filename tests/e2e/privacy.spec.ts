/**
 * Hutong promises it makes no network requests. This tour uses every part of it (hints on shop and
 * news pages, popup, side panel, options) and then checks two independent records: what the browser
 * reported, and what reached the local server, which every host name resolves to. The only
 * requests allowed are the pages the test itself opened (and the browser's own favicon fetch).
 */
import { test, expect } from './support/fixtures';

test('using Hutong makes no request beyond the pages the user opened', async ({
  hutong,
  server,
}) => {
  const opened = [
    server.url('www.taobao.com', '/'),
    server.url('item.jd.com', '/100012043978.html'),
    server.url('www.sf-express.com', '/'),
    server.url('www.example.org', '/'),
  ];
  const serverBefore = server.requests.length;
  for (const url of opened) {
    const page = await hutong.newPage();
    await page.goto(url);
    if (!url.includes('example.org')) await page.waitFor('hutong-hint', { state: 'attached' });
    await page.close();
  }
  for (const path of ['/popup.html', '/sidepanel.html', '/options.html']) {
    const page = await hutong.openExtensionPage(path);
    await page.close();
  }

  const allowed = new Set(opened);
  for (const url of opened) allowed.add(new URL('/favicon.ico', url).href);
  const leaving = hutong.requests.filter(
    (url) => !url.startsWith(hutong.origin) && !url.startsWith('data:') && !allowed.has(url),
  );
  expect(leaving).toEqual([]);

  const reached = server.requests
    .slice(serverBefore)
    .map(({ host, path }) => server.url(host, path))
    .filter((url) => !allowed.has(url));
  expect(reached).toEqual([]);
});

test('even a bug could not send a request from an extension page', async ({ hutong, server }) => {
  const target = server.url('www.example.org', '/should-never-arrive');
  const outcome = await hutong.inExtension(async (url: string) => {
    try {
      await fetch(url);
      return 'sent';
    } catch {
      return 'blocked';
    }
  }, target);
  expect(outcome).toBe('blocked');
  expect(server.requests.some((r) => r.path === '/should-never-arrive')).toBe(false);
});
