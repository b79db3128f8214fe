/**
 * Asks about a news article: scores the page's text against the alias table here, in the page,
 * and sends the background only the entity ids found, never the text.
 */
import aliases from '../../lib/generated/aliases.json';
import { extractArticle, scoreArticle, type AliasEntry } from '../../lib/relevance';
import { send } from '../../utils/messages';
import type { AskContext } from './runHint';

const table = aliases as AliasEntry[];

export const askArticle: AskContext = (visible) => {
  const { entityIds } = scoreArticle(extractArticle(document), table);
  // Sent even when empty: the reply sets the toolbar icon to "no context" after SPA navigation.
  return send({ type: 'page:article', entityIds, visible });
};
