/**
 * Writes data/generated/aliases.json: the names and aliases the news detector looks for, folded
 * once here so content scripts carry a few kilobytes instead of the knowledge base.
 * tests/unit/lib/kb/relevance.test.ts fails when the file is stale. Run: npx tsx scripts/gen-aliases.ts
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { entities } from '../data';
import type { Entity } from '../data/schema';
import type { AliasEntry } from '../lib/kb/relevance';
import { foldText } from '../lib/kb/normalize';

/** Short Latin acronyms ("SF", "JD", "Ali") are words elsewhere in lower case: match them exactly. */
const EXACT = /^[A-Za-z0-9]{1,3}$/;

/** The top of an entity's parent chain: Tencent for WeChat Pay, Alibaba for Cainiao Guoguo. */
function groupOf(entity: Entity, byId: ReadonlyMap<string, Entity>): string {
  let top = entity;
  for (let parent = byId.get(top.parent ?? ''); parent !== undefined;) {
    top = parent;
    parent = byId.get(top.parent ?? '');
  }
  return top.id;
}

export function generatedAliases(all: readonly Entity[]): AliasEntry[] {
  const byId = new Map(all.map((entity) => [entity.id, entity]));
  return all
    .filter((entity) => entity.kind !== 'news')
    .map((entity): AliasEntry => {
      const names = [entity.name.en, entity.name.zh, ...entity.aliases];
      const exact = [
        ...new Set(names.filter((n) => EXACT.test(n)).map((n) => n.normalize('NFKC'))),
      ];
      const terms = [
        ...new Set(names.filter((n) => !EXACT.test(n)).map((n) => foldText(n).trim())),
      ].filter((t) => t !== '');
      return [entity.id, terms.sort(), exact.sort(), groupOf(entity, byId)];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * [domain, group] for news outlets owned by a company in the story (Tencent News is Tencent's):
 * on their pages that company's names are the publisher's brand, not a subject.
 */
export function generatedPublishers(all: readonly Entity[]): [string, string][] {
  const byId = new Map(all.map((entity) => [entity.id, entity]));
  return all
    .filter((entity) => entity.kind === 'news' && entity.parent !== undefined)
    .flatMap((entity) =>
      entity.domains.map((domain): [string, string] => [domain, groupOf(entity, byId)]),
    )
    .sort((a, b) => a[0].localeCompare(b[0]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = new URL('../data/generated/aliases.json', import.meta.url);
  writeFileSync(target, JSON.stringify(generatedAliases(entities)) + '\n');
  console.log(`wrote ${target.pathname}`);
  const publishers = new URL('../data/generated/publishers.json', import.meta.url);
  writeFileSync(publishers, JSON.stringify(generatedPublishers(entities)) + '\n');
  console.log(`wrote ${publishers.pathname}`);
}
