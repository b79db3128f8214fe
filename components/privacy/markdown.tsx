/**
 * PRIVACY.md, shown inside the extension as the same text: a renderer for the small part of
 * Markdown that file uses (headings, paragraphs, "- " lists, **bold**, `code`). It builds elements,
 * never HTML from strings. Each top-level heading starts one language's version.
 */
import type { ComponentChildren } from 'preact';

export type Block =
  { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string } | { kind: 'ul'; items: string[] };

export interface PolicySection {
  lang: 'en' | 'zh-CN';
  title: string;
  blocks: Block[];
}

const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Joins wrapped lines: a space between words, none where a line ends or starts in Chinese. */
function join(lines: string[]): string {
  return lines.reduce((text, line) => {
    if (text === '') return line;
    return WIDE.test(text.at(-1) ?? '') || WIDE.test(line[0] ?? '')
      ? text + line
      : `${text} ${line}`;
  }, '');
}

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[][] | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'p', text: join(paragraph) });
    if (list) blocks.push({ kind: 'ul', items: list.map(join) });
    paragraph = [];
    list = undefined;
  };
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]?.length ?? 1;
      blocks.push({ kind: `h${level}` as 'h1' | 'h2' | 'h3', text: heading[2] ?? '' });
    } else if (line.startsWith('- ')) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push([line.slice(2)]);
    } else if (line === '') {
      flush();
    } else if (list && line.startsWith('  ')) {
      list.at(-1)?.push(line.trim());
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** One section per top-level heading, in the file's order. */
export function policySections(source: string): PolicySection[] {
  const sections: PolicySection[] = [];
  for (const block of parseBlocks(source)) {
    if (block.kind === 'h1') {
      sections.push({
        lang: WIDE.test(block.text) ? 'zh-CN' : 'en',
        title: block.text,
        blocks: [],
      });
    } else {
      sections.at(-1)?.blocks.push(block);
    }
  }
  return sections;
}

/** **bold** and `code`; everything else is text. */
export function inline(text: string): ComponentChildren[] {
  return text
    .split(/(\*\*[^*]+\*\*|`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('**') ? (
        <strong>{part.slice(2, -2)}</strong>
      ) : part.startsWith('`') ? (
        <code>{part.slice(1, -1)}</code>
      ) : (
        part
      ),
    );
}

export function PolicyBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'h1':
      return <h1>{inline(block.text)}</h1>;
    case 'h2':
      return <h2>{inline(block.text)}</h2>;
    case 'h3':
      return <h3>{inline(block.text)}</h3>;
    case 'p':
      return <p>{inline(block.text)}</p>;
    case 'ul':
      return (
        <ul>
          {block.items.map((item) => (
            <li>{inline(item)}</li>
          ))}
        </ul>
      );
  }
}
