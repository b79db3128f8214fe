import { formatPartialDate } from '../../lib/kb/dates';
import { memo } from './memo';
import { usePanel } from './PanelContext';

export interface SourceListProps {
  ids: readonly string[];
}

const CITE_LANG = { en: 'en', zh: 'zh-CN', ja: 'ja' } as const;

/**
 * An event's sources: publisher, title and date; a link only where the publisher's page is known.
 * A title that is not the confirmed headline, and a source with no link, say so in words, so a
 * description never passes for a headline.
 */
function SourceListView({ ids }: SourceListProps) {
  const { kb, lang, t } = usePanel();
  return (
    <div class="sources">
      <p class="sources-label">{t.sources}</p>
      <ul>
        {ids.map((id) => {
          const source = kb.source(id);
          if (!source) return null;
          const described = source.titleKind === 'description';
          const title = described ? (
            <span class="source-description" lang={CITE_LANG[source.lang]}>
              {source.title}
            </span>
          ) : (
            <cite lang={CITE_LANG[source.lang]}>{source.title}</cite>
          );
          return (
            <li
              key={id}
              data-source={id}
              data-title-kind={source.titleKind}
              data-link={source.url ? 'publisher' : 'none'}
            >
              <span class="publisher">{source.publisher}</span>
              {', '}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
              {described && (
                <span class="source-flag" data-flag="headline-unconfirmed">
                  {' '}
                  ({t.headlineUnconfirmed})
                </span>
              )}
              {', '}
              <time dateTime={source.date}>{formatPartialDate(source.date, lang)}</time>
              {!source.url && (
                <span class="source-flag" data-flag="no-link">
                  {' '}
                  ({t.noLink})
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Sources never change with the search, so a keystroke skips them. */
export const SourceList = memo(SourceListView);
