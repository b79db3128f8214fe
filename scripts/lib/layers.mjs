/**
 * The layers of Hutong's code, top to bottom (README, "Architecture"). A file may import from its
 * own layer or any layer below it, never from one above: entry points → UI → feature logic →
 * platform → knowledge-base code → data. `hutong/layers` (eslint.config.js) reports an import that
 * runs back up; tests/unit/architecture/imports.test.ts checks the same over the whole tree.
 */
import { dirname, relative, resolve } from 'node:path';

export const LAYERS = [
  { name: 'entry points', test: (path) => path.startsWith('entrypoints/') },
  { name: 'UI', test: (path) => path.startsWith('components/') },
  {
    name: 'feature logic',
    test: (path) =>
      path === 'lib/handlers.ts' ||
      /^lib\/(hint|news|history|panel|settings|onboarding)\//.test(path),
  },
  { name: 'platform', test: (path) => path.startsWith('lib/platform/') },
  { name: 'knowledge-base code', test: (path) => path.startsWith('lib/kb/') },
  { name: 'data', test: (path) => path.startsWith('data/') },
];

/** Index into LAYERS (0 is the top), or -1 for files outside the layered code. */
export function layerOf(path) {
  return LAYERS.findIndex((layer) => layer.test(path));
}

const root = resolve(import.meta.dirname, '..', '..');

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the layers: never from a layer above.' },
    schema: [],
  },
  create(context) {
    const file = relative(root, context.filename).split('\\').join('/');
    const own = layerOf(file);
    if (own < 0) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), spec.split('?')[0]))
        .split('\\')
        .join('/');
      const theirs = layerOf(target);
      if (theirs >= 0 && theirs < own) {
        context.report({
          node,
          message: `${LAYERS[own].name} (${file}) must not import ${LAYERS[theirs].name} (${target}): imports go down the layers (README, "Architecture").`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, node.source.value),
    };
  },
};

export const layersPlugin = { rules: { layers: layersRule } };
