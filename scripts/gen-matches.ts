/**
 * Writes data/generated/matches.json from the knowledge base. Content scripts import that file for
 * their `matches` so they do not bundle the knowledge base itself; tests/unit/lib/kb/matchPatterns.test.ts
 * fails when it is stale. Run: npm run gen
 */
import { writeFileSync } from 'node:fs';
import { entities } from '../data';
import { newsMatchPatterns, siteMatchPatterns } from '../lib/kb/matchPatterns';

export function generatedMatches() {
  return { site: siteMatchPatterns(entities), news: newsMatchPatterns(entities) };
}

const target = new URL('../data/generated/matches.json', import.meta.url);
writeFileSync(target, JSON.stringify(generatedMatches(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
