import { marked } from 'marked';
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

export function markdown(source: string): string {
  return marked.parse(source.trim(), { async: false });
}
