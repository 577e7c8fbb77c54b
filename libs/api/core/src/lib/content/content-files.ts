import { Marked, type Tokens } from 'marked';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

// Reading the content files (modules, cards, training templates): every problem is reported
// against its file and line, so an author fixes them all in one go.

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem(s):\n${problems
        .map((problem) => `  ${problem.file}:${problem.line}: ${problem.message}`)
        .join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

/** Reports problems against one file, with its name relative to the content root. */
export class FileProblems {
  constructor(
    private readonly problems: ContentProblem[],
    readonly file: string,
  ) {}

  add(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }
}

/**
 * Parses YAML and checks it against a schema. `firstLine` is the file line the YAML starts on,
 * so problems inside a lesson's block point at the right line of the lesson.
 */
export function parseYaml<Schema extends z.ZodType>(
  source: string,
  schema: Schema,
  problems: FileProblems,
  firstLine = 1,
): z.infer<Schema> | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.add(lineAt(error.pos[0]), `YAML: ${error.message.split('\n')[0]}`);
    }
    return undefined;
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // The deepest node of the issue's path that exists: a missing key points at its parent.
    const path = issue.path.filter((key) => typeof key !== 'symbol') as Array<string | number>;
    let line = firstLine;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined;
      if (node?.range) {
        line = lineAt(node.range[0]);
        break;
      }
    }
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    const keys = 'keys' in issue ? ` (${(issue.keys as string[]).join(', ')})` : '';
    problems.add(line, `${where}${issue.message}${keys}`);
  }
  return undefined;
}

/** Where a link or image in the content may point: the web, mail, phone, or within Leerruimte. */
export function isSafeContentUrl(url: string): boolean {
  // Read as a browser reads the attribute: character references resolved, control characters
  // and spaces left out. A named reference before the path could hide a colon: not allowed.
  const resolved = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/[\s\p{Cc}]/gu, '');
  const beforePath = resolved.split(/[/?]/)[0];
  if (/&[a-z]/i.test(beforePath)) return false;
  const scheme = /^([^/?#]*?):/.exec(resolved);
  return !scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase());
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Markdown to HTML that is safe by construction, so the web app shows it as it is, without
 * sanitizing every block again in the browser: HTML written in the source shows as text, and a
 * link or image to anywhere but the web, mail or a phone number shows as its text only.
 */
const contentMarkdown = new Marked({
  async: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    link(token: Tokens.Link) {
      return isSafeContentUrl(token.href) ? false : this.parser.parseInline(token.tokens);
    },
    image: ({ href, text }: Tokens.Image) => (isSafeContentUrl(href) ? false : escapeHtml(text)),
  },
});

export function markdown(source: string): string {
  return contentMarkdown.parse(source.trim(), { async: false });
}
