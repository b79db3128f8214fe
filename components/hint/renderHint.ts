/**
 * The hint's DOM, built node by node with textContent: the title and line come from the
 * knowledge base, but nothing here ever parses HTML.
 */
import type { HintContent } from '../../utils/messages';
import { hintStrings } from '../../utils/strings/hint';
import { languageTag } from '../../utils/i18n';

export type HintAction = 'more' | 'not-now' | 'hide-site';

export interface HintViewProps {
  content: HintContent;
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
export function renderHint({ content, onAction }: HintViewProps): HTMLElement {
  const strings = hintStrings[content.lang];
  const root = el('section', 'hint');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', strings.region);
  root.lang = languageTag(content.lang);

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
  root.append(top, actions);

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
export function renderNote(
  root: HTMLElement,
  content: HintContent,
  kind: 'moreFailed' | 'hideFailed',
): void {
  const text = hintStrings[content.lang][kind];
  const existing = root.querySelector('.error');
  if (existing !== null) {
    existing.textContent = text;
    return;
  }
  const note = el('p', 'error', text);
  note.setAttribute('role', 'alert');
  root.append(note);
}
