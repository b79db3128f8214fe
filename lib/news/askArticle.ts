/**
 * Asks about a news article: scores the page's text against the alias table here, in the page,
 * and sends the background only the entity ids found, never the text.
 */
import aliases from '../../data/generated/aliases.json';
import publishers from '../../data/generated/publishers.json';
import { publisherOf, scoreArticle, type AliasEntry } from '../kb/relevance';
import { extractArticle } from './articleText';
import { sendFromPage as send } from '../platform/pageApi';
import type { AskContext } from '../hint/constants';

const table = aliases as AliasEntry[];

export const askArticle: AskContext = (visible) => {
  // The outlet's own company (Tencent on Tencent News) is its brand there, not a subject.
  const publisher = publisherOf(location.hostname, publishers as [string, string][]);
  const { entityIds } = scoreArticle(extractArticle(document), table, publisher);
  // Sent even when empty: the reply sets the toolbar icon to "no context" after SPA navigation.
  return send({ type: 'page:article', entityIds, visible });
};
