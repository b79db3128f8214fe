/**
 * The hint's shadow root is closed, so neither a page's scripts nor the test drivers' selector
 * engines can see inside it. Tests reach it the way only Hutong can: from an extension page,
 * `scripting.executeScript` runs a function in Hutong's isolated world of the tab, where the hint
 * UI leaves its handle (lib/hint/constants.ts, UI_HANDLE) with the shadow root.
 *
 * Clicks are then real mouse clicks at the element's place on screen (trusted input, as a user's),
 * never `element.click()`, which the hint ignores as a page's script would be ignored.
 */

const UI_HANDLE = '__hutongHint';
const HOST = 'hutong-hint';
const POLL_MS = 50;

/** Runs a JavaScript expression in the extension page that serves `inExtension` calls. */
export type ExtensionEval = (expression: string) => Promise<unknown>;

interface HintPage {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

/** `hutong-hint >>> .title` → `.title`; undefined for selectors outside the hint. */
export function hintInner(selector: string): string | undefined {
  const [host, ...rest] = selector.split(' >>> ');
  if (rest.length === 0) return undefined;
  if (host?.trim() !== HOST)
    throw new Error(`Only ${HOST} has a shadow root to cross: ${selector}`);
  return rest.join(' ');
}

type Reply = { ambiguous: true } | { missing: true } | { value: unknown };

function expression(url: string, marker: string | null, source: string, arg: unknown): string {
  // The function's text becomes part of this expression, which the driver evaluates in the
  // extension page; the browser then serializes `func` into the tab. Nothing calls eval().
  return `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = (await api.tabs.query({})).filter((tab) => tab.url === ${JSON.stringify(url)});
    if (tabs.length === 0) return { missing: true };
    if (tabs.length > 1 && ${JSON.stringify(marker)} === null) return { ambiguous: true };
    for (const tab of tabs) {
      const [result] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: async (key, marker, arg) => {
          if (marker !== null && document.documentElement.dataset.hutongTestTab !== marker) {
            return { skip: true };
          }
          const handle = globalThis[key];
          const root = handle && typeof handle.shadow === 'function' ? handle.shadow() ?? null : null;
          return { value: await (${source})(root, arg) };
        },
        args: [${JSON.stringify(UI_HANDLE)}, ${JSON.stringify(marker)}, ${JSON.stringify(arg ?? null)}],
      });
      const reply = result?.result;
      if (reply && !reply.skip) return reply;
    }
    return { missing: true };
  })()`;
}

let markers = 0;

/**
 * Runs `fn(shadowRoot, arg)` in Hutong's isolated world of the tab showing `page` (root is null
 * while no hint is shown). `fn` must be self-contained: it is sent to the tab as source text.
 */
export async function inHint<R, A = undefined>(
  run: ExtensionEval,
  page: HintPage,
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  const url = page.url();
  let reply = (await run(expression(url, null, fn.toString(), arg))) as Reply;
  if ('ambiguous' in reply) {
    // Several tabs show this address: tell them apart by a mark on this one (test-only).
    const marker = `m${++markers}`;
    await page.evaluate((value) => {
      document.documentElement.dataset.hutongTestTab = value;
    }, marker);
    reply = (await run(expression(url, marker, fn.toString(), arg))) as Reply;
  }
  if (!('value' in reply)) throw new Error(`No tab shows ${url}`);
  return reply.value as R;
}

type State = 'visible' | 'hidden' | 'attached' | 'detached';
type Seen = 'absent' | 'hidden' | 'visible';

/** Where `inner` is in the hint, if it is there. */
function look(root: ShadowRoot | null, inner: string): Seen {
  const el = root?.querySelector(inner);
  if (!el) return 'absent';
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? 'visible' : 'hidden';
}

function satisfied(seen: Seen, state: State): boolean {
  if (state === 'visible') return seen === 'visible';
  if (state === 'attached') return seen !== 'absent';
  if (state === 'detached') return seen === 'absent';
  return seen !== 'visible';
}

/** Waits until `inner` inside the hint reaches `state`; a page that is navigating is looked at again. */
export async function waitInHint(
  run: ExtensionEval,
  page: HintPage,
  inner: string,
  state: State = 'visible',
  timeout = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A tab between documents has nothing to see yet.
    const seen: Seen = await inHint(run, page, look, inner).catch(() => 'absent' as const);
    if (satisfied(seen, state)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${HOST} >>> ${inner} did not become ${state} within ${timeout} ms (${seen})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The centre of `inner` in the viewport, for a real mouse click. */
export async function hintPoint(
  run: ExtensionEval,
  page: HintPage,
  inner: string,
): Promise<{ x: number; y: number }> {
  await waitInHint(run, page, inner, 'visible');
  return inHint(
    run,
    page,
    (root, selector) => {
      const rect = root?.querySelector(selector)?.getBoundingClientRect();
      if (!rect) throw new Error(`gone: ${selector}`);
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    },
    inner,
  );
}

export async function hintText(run: ExtensionEval, page: HintPage, inner: string): Promise<string> {
  await waitInHint(run, page, inner, 'attached');
  return inHint(
    run,
    page,
    (root, selector) => root?.querySelector(selector)?.textContent ?? '',
    inner,
  );
}

export async function hintAttribute(
  run: ExtensionEval,
  page: HintPage,
  inner: string,
  name: string,
): Promise<string | null> {
  await waitInHint(run, page, inner, 'attached');
  return inHint(
    run,
    page,
    (root, [selector, attr]) => root?.querySelector(selector)?.getAttribute(attr) ?? null,
    [inner, name] as [string, string],
  );
}

export async function hintCount(
  run: ExtensionEval,
  page: HintPage,
  inner: string,
): Promise<number> {
  try {
    return await inHint(
      run,
      page,
      (root, selector) => root?.querySelectorAll(selector).length ?? 0,
      inner,
    );
  } catch {
    return 0;
  }
}
