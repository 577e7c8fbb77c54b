import type { StoredBlock } from './content-tree';

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Rendered Markdown as plain text: tags become spaces, the entities Markdown writes their characters. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) {
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      }
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return entities[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words a reader sees in a lesson, in reading order and without HTML: what the search looks
 * through and quotes from. A check's feedback is left out (it would give the answer away), and
 * so is a card, which the search finds on its own.
 */
export function lessonSearchText(blocks: readonly StoredBlock[]): string {
  return blocks
    .flatMap((block): string[] => {
      switch (block.kind) {
        case 'text':
          return [plainText(block.html)];
        case 'reflection':
          return [block.question, block.hint ?? ''];
        case 'exercise':
          return [block.title, plainText(block.html)];
        case 'worksheet':
          return [block.title, plainText(block.introHtml), ...block.prompts];
        case 'check':
          return [block.question, ...block.options.map((option) => option.text)];
        case 'self-assessment':
          return [
            block.title,
            plainText(block.introHtml),
            ...block.statements.map((statement) => statement.text),
          ];
        case 'figure':
          return [block.caption ?? '', block.alt];
        case 'card':
          return [];
      }
    })
    .filter((text) => text !== '')
    .join('\n');
}
