import type { Claim } from '../../data/schema';
import { fill } from '../../lib/platform/i18n/i18n';
import { Highlight } from './Highlight';
import { usePanel } from './PanelContext';
import { kbText } from '../../data/text';

export interface ClaimsProps {
  claims: readonly Claim[];
  query: string;
}

/** Conflicting accounts side by side, each under the name of the party that gives it. */
export function Claims({ claims, query }: ClaimsProps) {
  const { kb, lang, t } = usePanel();
  return (
    <div class="claims" role="group" aria-label={t.claims}>
      <p class="claims-label">{t.claims}</p>
      <div class="claims-grid">
        {claims.map((claim) => {
          const entity = kb.entity(claim.party);
          const party = entity ? kbText(entity.name, lang) : claim.party;
          return (
            <blockquote key={claim.party} class="claim" data-party={claim.party}>
              <p class="claim-party">{fill(t.claimBy, { party })}</p>
              <p>
                <Highlight text={kbText(claim.text, lang)} query={query} />
              </p>
            </blockquote>
          );
        })}
      </div>
    </div>
  );
}
