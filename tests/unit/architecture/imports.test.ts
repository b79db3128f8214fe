// @vitest-environment node
/**
 * The code's shape, kept by a test so that the next change keeps it (README, "Architecture"):
 * no import circles between files, no import that runs back up the layers, and no source file
 * over 300 lines. Imports are read as text: static, re-exports, type-only and import().
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerOf } from '../../../scripts/lib/layers.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const LAYERED = ['entrypoints', 'components', 'lib', 'data'];
const CODE = /\.(ts|tsx)$/;

function walk(dir: string, kind: RegExp = CODE): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return walk(path, kind);
    return kind.test(name) ? [path] : [];
  });
}

const files = LAYERED.flatMap((dir) => walk(dir));
const known = new Set(files);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"?]+)/gm;

function resolveImport(from: string, spec: string): string | undefined {
  const base = relative(ROOT, resolve(ROOT, dirname(from), spec))
    .split('\\')
    .join('/');
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => known.has(path));
}

const imports = new Map(
  files.map((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].flatMap((match) => {
      const target = resolveImport(file, match[1] ?? '');
      return target === undefined ? [] : [target];
    });
    return [file, [...new Set(targets)]];
  }),
);

/** Strongly connected components with more than one file (Tarjan), or a file importing itself. */
function circles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of imports.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || imports.get(file)?.includes(file)) found.push(group.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe("the code's shape", () => {
  it('reads the layered code (a broken reader would pass everything)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.get('entrypoints/background.ts')).toContain('lib/platform/router.ts');
    expect(files.every((file) => layerOf(file) >= 0)).toBe(true);
  });

  it('has no import circles', () => {
    expect(circles()).toEqual([]);
  });

  it('has no circles between features either (lib/hint ↔ lib/news would tie them into one)', () => {
    const feature = (file: string) => /^lib\/([a-z]+)\//.exec(file)?.[1];
    const uses = new Map<string, Set<string>>();
    for (const [file, targets] of imports) {
      const from = feature(file);
      if (from === undefined || layerOf(file) !== 2) continue;
      for (const target of targets) {
        const to = feature(target);
        if (to !== undefined && to !== from && layerOf(target) === 2) {
          uses.set(from, (uses.get(from) ?? new Set()).add(to));
        }
      }
    }
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(uses.get(from) ?? [])].some(
        (next) => next === to || (!seen.has(next) && reaches(next, to, seen.add(next))),
      );
    const tied = [...uses.keys()].filter((name) => reaches(name, name));
    expect(tied).toEqual([]);
  });

  it('imports only from its own layer or below', () => {
    const upward = [...imports].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) < layerOf(file))
        .map(
          (target) =>
            `${file} (${LAYERS[layerOf(file)]?.name}) → ${target} (${LAYERS[layerOf(target)]?.name})`,
        ),
    );
    expect(upward).toEqual([]);
  });

  it('keeps every source file and stylesheet at 300 lines or fewer', () => {
    const styles = LAYERED.flatMap((dir) => walk(dir, /\.css$/));
    const sources = [...files, ...styles, ...walk('scripts'), ...walk('bench')];
    const long = sources
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 301)
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(long).toEqual([]);
  });
});
