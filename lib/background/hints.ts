/** Decides what a covered page's hint says and whether it shows now. */
import { entities } from '../../data';
import type { Handler } from './router';

// FOUNDATION STUB: replaced by the site-index based implementation (issue 4).
function lookup(url: string) {
  const host = new URL(url).hostname;
  return entities.find((e) => e.domains.some((d) => host === d || host.endsWith(`.${d}`)));
}

export const hintHandlers: {
  'page:context': Handler<'page:context'>;
  'page:article': Handler<'page:article'>;
  'hint:hide-site': Handler<'hint:hide-site'>;
} = {
  'page:context': async ({ url }) => {
    const entity = lookup(url);
    if (!entity?.hint) return { show: false };
    return {
      show: true,
      content: {
        lang: 'en',
        site: entity.domains[0] ?? '',
        entityIds: [entity.id],
        title: entity.name.en,
        line: entity.hint.en,
      },
    };
  },
  'page:article': async () => ({ show: false }),
  'hint:hide-site': async () => ({ ok: true }),
};

/** Registers this concern's browser listeners (toolbar badge per tab, onboarding on install). Called synchronously at start-up. */
export function setupHints(): void {}
