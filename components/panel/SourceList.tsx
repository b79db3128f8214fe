import { formatPartialDate } from '../../lib/dates';
import { memo } from './memo';
import { usePanel } from './PanelContext';

export interface SourceListProps {
  ids: readonly string[];
}

/** An event's sources: publisher, title and date; a link only where the publisher's page is known. */
function SourceListView({ ids }: SourceListProps) {
  const { kb, lang, t } = usePanel();
  return (
    <div class="sources">
      <p class="sources-label">{t.sources}</p>
      <ul>
        {ids.map((id) => {
          const source = kb.source(id);
          if (!source) return null;
          const title = <cite lang={source.lang === 'zh' ? 'zh-CN' : 'en'}>{source.title}</cite>;
          return (
            <li key={id} data-source={id}>
              <span class="publisher">{source.publisher}</span>
              {', '}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
              {', '}
              <time dateTime={source.date}>{formatPartialDate(source.date, lang)}</time>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Sources never change with the search, so a keystroke skips them. */
export const SourceList = memo(SourceListView);
