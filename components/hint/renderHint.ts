/**
 * The hint's DOM, built node by node with textContent: the title and line come from the
 * knowledge base, but nothing here ever parses HTML.
 */
import type { HintContent } from '../../lib/platform/protocol';
import type { HintStrings } from '../../lib/platform/i18n/strings/hint';
import { languageTag } from '../../lib/platform/i18n/i18n';

export type HintAction = 'more' | 'not-now' | 'hide-site' | 'undo' | 'expand';

export interface HintViewProps {
  content: HintContent;
  /** The labels in content.lang, from the background's answer. */
  strings: HintStrings;
  onAction(action: HintAction): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className: string, action: HintAction, label: string): HTMLButtonElement {
  const node = el('button', className, label);
  node.type = 'button';
  node.dataset.action = action;
  return node;
}

/** Returns the hint's root; call again with new props to replace it (language, SPA navigation). */
export function renderHint({ content, strings, onAction }: HintViewProps): HTMLElement {
  const root = el('section', 'hint');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', strings.region);
  root.lang = languageTag(content.lang);
  // Focusable by the keyboard shortcut (runHint's focus), not a stop in the page's Tab order.
  root.tabIndex = -1;

  const lead = el('span', 'brand', `${strings.brand} · `);
  lead.append(el('span', 'title', content.title));
  const text = el('p', 'text');
  text.append(lead, el('span', 'line', content.line));
  const close = button('close', 'not-now', '×');
  close.setAttribute('aria-label', strings.close);
  close.title = strings.close;

  const top = el('div', 'top');
  top.append(text, close);
  const actions = el('div', 'actions');
  actions.append(
    button('more', 'more', strings.more),
    button('not-now', 'not-now', strings.notNow),
    button('hide-site', 'hide-site', strings.hideSite),
  );
  // Collapsed to this when the page leaves no clear spot for the whole hint (place.ts).
  const expand = button('expand', 'expand', strings.brand);
  expand.setAttribute('aria-label', strings.expand);
  expand.setAttribute('aria-expanded', 'false');
  // Empty until "Hide on this site" says what it did: a live region must exist before it speaks.
  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  root.append(expand, top, actions, status);

  // Only the user's own clicks and keys act: a page's script can dispatch synthetic events at the
  // host (isTrusted false) but must not press "More" or "Hide on this site" for the user.
  root.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    const action = target?.dataset.action as HintAction | undefined;
    if (action !== undefined) onAction(action);
  });
  root.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape') onAction('not-now');
  });
  return root;
}

/**
 * Shown under the actions when an action failed: "More" could not open anything (so the button
 * is never dead), or "Hide on this site" could not be saved (so it never fails silently).
 */
export function renderNote(root: HTMLElement, text: string): void {
  const existing = root.querySelector('.error');
  if (existing !== null) {
    existing.textContent = text;
    return;
  }
  const note = el('p', 'error', text);
  note.setAttribute('role', 'alert');
  root.append(note);
}

/**
 * After "Hide on this site": says what happened, in the live region screen readers announce, with
 * an Undo button in place of the actions. Returns the Undo button.
 */
export function renderHidden(
  root: HTMLElement,
  site: string,
  strings: HintStrings,
): HTMLButtonElement {
  const undo = button('more', 'undo', strings.undo);
  const actions = el('div', 'actions');
  actions.append(undo);
  for (const old of root.querySelectorAll('.top, .actions, .error')) old.remove();
  // The live region stays where it was (moving it could cut the announcement); Undo goes after.
  const status = root.querySelector('.status');
  if (status !== null) status.textContent = strings.hidden.replace('{site}', site);
  status?.after(actions);
  return undo;
}
