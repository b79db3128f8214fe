/**
 * The background's message entry point under attack: thousands of random and near-valid messages,
 * from our own pages, from content scripts, and from strangers. None may throw, and none that is
 * rejected may change anything in storage.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { route as routeWith } from '../../../../lib/platform/router';
import { PAGE_ONLY, type MessageType, type Sender } from '../../../../lib/platform/protocol';
import { handlers } from '../../../../lib/handlers';
import { createSiteIndex } from '../../../../lib/kb/siteIndex';
import { entities } from '../../../../data';

const route = (raw: unknown, sender: Sender, own: { id: string; origin: string }) =>
  routeWith(raw, sender, own, handlers);

const own = { id: 'hutong-test-id', origin: 'chrome-extension://hutong-test-id/' };
const extensionPage: Sender = { id: own.id, url: `${own.origin}popup.html` };
const contentScript: Sender = {
  id: own.id,
  url: 'https://item.taobao.com/item.htm?id=1',
  frameId: 0,
  tab: { id: 7, windowId: 1, incognito: false, url: 'https://item.taobao.com/item.htm?id=1' },
};
const stranger: Sender = { id: 'someone-else', url: 'https://evil.example/' };

const TYPES: MessageType[] = [
  'page:context',
  'page:article',
  'hint:shown',
  'hint:hide-site',
  'hint:undo-hide-site',
  'panel:open',
  'history:delete',
  'history:clear',
  'detector:sync',
];

/** Objects shaped like our messages, with random (usually wrong) field values. */
const nearValid = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...TYPES), fc.string()),
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)'), fc.integer()),
    title: fc.oneof(fc.string({ maxLength: 2000 }), fc.constant('<img src=x onerror=alert(1)>')),
    site: fc.oneof(fc.domain(), fc.string()),
    entityIds: fc.oneof(
      fc.array(fc.string()),
      fc.array(fc.constantFrom('taobao', 'jd')),
      fc.string(),
    ),
    id: fc.oneof(fc.string(), fc.integer()),
    entityId: fc.oneof(fc.string(), fc.constant('taobao')),
    extra: fc.anything(),
  },
  { requiredKeys: ['type'] },
);

const anyMessage = fc.oneof(fc.anything(), nearValid);

async function snapshot(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('background message router', () => {
  it('rejects a stranger, whatever it sends', async () => {
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        const before = await snapshot();
        const reply = await route(message, stranger, own);
        expect(reply).toEqual({ error: 'unknown sender' });
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['an extension page', extensionPage],
    ['a content script', contentScript],
  ])('never throws on random input from %s, and a rejection changes nothing', async (_, sender) => {
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        const before = await snapshot();
        const reply = await route(message, sender, own);
        expect(reply).toBeTypeOf('object');
        if (reply !== null && typeof reply === 'object' && 'error' in reply) {
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses history and detector commands from web pages', async () => {
    await fakeBrowser.storage.local.set({ history: [{ keep: true }] });
    for (const message of [
      { type: 'history:clear' },
      { type: 'history:delete', id: 'x' },
      { type: 'detector:sync' },
    ]) {
      expect(await route(message, contentScript, own)).toEqual({
        error: 'not allowed from a web page',
      });
    }
    expect(await fakeBrowser.storage.local.get('history')).toEqual({ history: [{ keep: true }] });
  });

  it('refuses a 20 MB string by its length, with an answer, not an exception', async () => {
    const huge = 'a'.repeat(20 * 1024 * 1024);
    for (const message of [
      { type: 'page:article', entityIds: [huge] },
      { type: 'panel:open', entityId: huge },
      { type: 'history:delete', id: huge },
    ]) {
      const sender = message.type === 'history:delete' ? extensionPage : contentScript;
      expect(await route(message, sender, own)).toEqual({ error: 'malformed message' });
    }
  });

  it('a handler that throws answers an error instead of rejecting', async () => {
    const broken = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('storage gone'));
    const quiet = console.error;
    console.error = () => undefined;
    try {
      await expect(route({ type: 'page:context' }, contentScript, own)).resolves.toEqual({
        error: 'internal error',
      });
    } finally {
      fakeBrowser.storage.local.get = broken;
      console.error = quiet;
    }
  });

  it('rejects extra fields and oversized titles', async () => {
    expect(await route({ type: 'history:clear', sneaky: true }, extensionPage, own)).toEqual({
      error: 'malformed message',
    });
    expect(
      await route(
        { type: 'hint:shown', title: 'x'.repeat(5000), entityIds: ['taobao'] },
        contentScript,
        own,
      ),
    ).toEqual({ error: 'malformed message' });
  });
});

describe('site index under random input', () => {
  const index = createSiteIndex(entities);
  const domains = entities.flatMap((e) => e.domains);

  it('never throws, and a match is always the host itself or a subdomain of the matched domain', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc
            .tuple(fc.domain(), fc.constantFrom(...domains), fc.constantFrom('', '.', '-', 'x'))
            .map(([a, b, glue]) => `https://${a}${glue}${b}/`),
        ),
        (url) => {
          const match = index.lookup(url);
          if (match) {
            expect(match.host === match.domain || match.host.endsWith(`.${match.domain}`)).toBe(
              true,
            );
            expect(match.entity.domains).toContain(match.domain);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('who may send what', () => {
  it("only the extension pages' messages are page-only; everything a content script sends is not", () => {
    expect([...PAGE_ONLY].sort()).toEqual(['detector:sync', 'history:clear', 'history:delete']);
    expect(TYPES.filter((type) => !PAGE_ONLY.has(type)).sort()).toEqual([
      'hint:hide-site',
      'hint:shown',
      'hint:undo-hide-site',
      'page:article',
      'page:context',
      'panel:open',
    ]);
  });
});
