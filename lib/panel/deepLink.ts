/**
 * What the panel is asked to show on opening: from its address (sidepanel.html#event=<id>,
 * #entity=<id>, #q=<query>; the new-tab fallback and bookmarks use it) or from panelFocusItem in
 * session storage (the hint's "More", the popup and the context menu, which cannot address the
 * side panel's page).
 */
import { parsePanelFocus, type PanelFocus } from '../platform/storage/session';

export type FocusRequest = Omit<PanelFocus, 'at'>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Requests older than this were meant for an earlier opening of the panel. Opening takes well
 * under a second; a request is left in storage (others may read it) and may be replayed by a
 * panel reopened within this time, which then shows what the user just asked for anyway.
 */
export const FOCUS_MAX_AGE_MS = 10_000;

function clean(request: FocusRequest): FocusRequest | undefined {
  const out: FocusRequest = {};
  if (request.event !== undefined && ID.test(request.event)) out.event = request.event;
  if (request.entity !== undefined && ID.test(request.entity)) out.entity = request.entity;
  const query = request.query?.trim().slice(0, 200);
  if (query) out.query = query;
  return (out.event ?? out.entity ?? out.query) ? out : undefined;
}

/** "#event=a&q=b" → { event: 'a', query: 'b' }; anything unusable is dropped. */
export function parseHash(hash: string): FocusRequest | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return clean({
    event: params.get('event') ?? undefined,
    entity: params.get('entity') ?? undefined,
    query: params.get('q') ?? undefined,
  });
}

export function hashFor(request: FocusRequest): string {
  const params = new URLSearchParams();
  if (request.event) params.set('event', request.event);
  if (request.entity) params.set('entity', request.entity);
  if (request.query) params.set('q', request.query);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** A stored request, if it is well formed and fresh. */
export function storedRequest(value: unknown, now: number): FocusRequest | undefined {
  const focus = parsePanelFocus(value);
  if (!focus || now - focus.at > FOCUS_MAX_AGE_MS || focus.at - now > FOCUS_MAX_AGE_MS)
    return undefined;
  return clean({ event: focus.event, entity: focus.entity, query: focus.query });
}
