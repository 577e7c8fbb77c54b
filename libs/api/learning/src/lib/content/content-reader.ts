import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { marked } from 'marked';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  type BlockKind,
  blockFileSchemas,
  blockKinds,
  cardFileSchema,
  catalogueFileSchema,
  lessonFrontMatterSchema,
  moduleFileSchema,
} from './content-files';
import {
  type ContentCard,
  ContentError,
  type ContentLesson,
  type ContentModule,
  type ContentProblem,
  type ContentTree,
  type StoredBlock,
} from './content-tree';

/** Reports problems against one file, with its name relative to the content root. */
class FileProblems {
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
function parseYaml<Schema extends z.ZodType>(
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

function markdown(source: string): string {
  return marked.parse(source.trim(), { async: false });
}

const FENCE = /^```\s*([\w-]*)\s*$/;

/** Splits a lesson into front matter, text and blocks, keeping the line each starts on. */
function parseLesson(
  source: string,
  slug: string,
  problems: FileProblems,
  cardSlugs: ReadonlySet<string>,
): ContentLesson | undefined {
  const lines = source.split(/\r?\n/);
  if (lines[0] !== '---') {
    problems.add(1, 'a lesson starts with front matter between two "---" lines (title, minutes)');
    return undefined;
  }
  const frontMatterEnd = lines.indexOf('---', 1);
  if (frontMatterEnd < 0) {
    problems.add(1, 'the front matter has no closing "---" line');
    return undefined;
  }
  const frontMatter = parseYaml(
    lines.slice(1, frontMatterEnd).join('\n'),
    lessonFrontMatterSchema,
    problems,
    2,
  );

  const blocks: StoredBlock[] = [];
  const ids = new Map<string, number>();
  let text: string[] = [];
  const flushText = () => {
    if (text.join('').trim()) blocks.push({ kind: 'text', html: markdown(text.join('\n')) });
    text = [];
  };
  for (let index = frontMatterEnd + 1; index < lines.length; index++) {
    const line = lines[index];
    const lineNumber = index + 1;
    if (/^#\s/.test(line)) {
      problems.add(lineNumber, 'use "##" headings; the lesson title is the page heading');
    }
    const fence = FENCE.exec(line);
    if (!fence) {
      text.push(line);
      continue;
    }
    const kind = fence[1];
    const end = lines.findIndex((candidate, at) => at > index && /^```\s*$/.test(candidate));
    if (end < 0) {
      problems.add(lineNumber, `the "${kind || 'code'}" block is not closed with a "\`\`\`" line`);
      break;
    }
    if (!blockKinds.includes(kind as BlockKind)) {
      problems.add(lineNumber, `unknown block kind "${kind}"; use one of ${blockKinds.join(', ')}`);
      index = end;
      continue;
    }
    flushText();
    const block = parseBlock(
      kind as BlockKind,
      lines.slice(index + 1, end).join('\n'),
      lineNumber + 1,
      problems,
    );
    if (block) {
      if (block.kind === 'card' && !cardSlugs.has(block.card)) {
        problems.add(lineNumber + 1, `card: there is no card "${block.card}" in content/cards`);
      }
      if ('id' in block) {
        const earlier = ids.get(block.id);
        if (earlier !== undefined) {
          problems.add(lineNumber + 1, `id: "${block.id}" is already used on line ${earlier}`);
        }
        ids.set(block.id, lineNumber + 1);
      }
      blocks.push(block);
    }
    index = end;
  }
  flushText();
  if (!frontMatter) return undefined;
  return { slug, title: frontMatter.title, minutes: frontMatter.minutes, blocks };
}

function parseBlock(
  kind: BlockKind,
  source: string,
  firstLine: number,
  problems: FileProblems,
): StoredBlock | undefined {
  switch (kind) {
    case 'reflection': {
      const block = parseYaml(source, blockFileSchemas.reflection, problems, firstLine);
      return block && { kind, id: block.id, question: block.question, hint: block.hint ?? null };
    }
    case 'exercise': {
      const block = parseYaml(source, blockFileSchemas.exercise, problems, firstLine);
      return (
        block && { kind, id: block.id, title: block.title, html: markdown(block.instructions) }
      );
    }
    case 'card': {
      const block = parseYaml(source, blockFileSchemas.card, problems, firstLine);
      return block && { kind, card: block.card };
    }
    case 'worksheet': {
      const block = parseYaml(source, blockFileSchemas.worksheet, problems, firstLine);
      return (
        block && {
          kind,
          id: block.id,
          title: block.title,
          introHtml: markdown(block.intro),
          prompts: block.prompts,
        }
      );
    }
    case 'check': {
      const block = parseYaml(source, blockFileSchemas.check, problems, firstLine);
      return (
        block && {
          kind,
          id: block.id,
          question: block.question,
          options: block.options.map((option) => ({
            text: option.text,
            feedback: option.feedback,
            correct: option.correct === true,
          })),
        }
      );
    }
    case 'self-assessment': {
      const block = parseYaml(source, blockFileSchemas['self-assessment'], problems, firstLine);
      return (
        block && {
          kind,
          id: block.id,
          title: block.title,
          introHtml: markdown(block.intro),
          scale: block.scale,
          dimensions: Object.entries(block.dimensions).map(([id, name]) => ({ id, name })),
          statements: block.statements,
        }
      );
    }
  }
}

/** The line of the first YAML list item with this value, for "listed but missing" problems. */
function lineOfListItem(source: string, value: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => line.trim() === `- ${value}`);
  return index >= 0 ? index + 1 : 1;
}

function readCards(root: string, problems: ContentProblem[]): ContentCard[] {
  const folder = join(root, 'cards');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = new FileProblems(problems, relative(root, join(folder, name)));
      const slug = name.slice(0, -'.yaml'.length);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
        file.add(1, 'the file name is the slug: lower case, digits and hyphens');
      }
      const card = parseYaml(readFileSync(join(folder, name), 'utf8'), cardFileSchema, file);
      return card ? [{ slug, ...card, task: card.task ?? null, moments: card.moments }] : [];
    });
}

function readModule(
  root: string,
  slug: string,
  problems: ContentProblem[],
  cardSlugs: ReadonlySet<string>,
): ContentModule | undefined {
  const folder = join(root, 'modules', slug);
  const moduleFile = new FileProblems(problems, relative(root, join(folder, 'module.yaml')));
  if (!existsSync(join(folder, 'module.yaml'))) {
    moduleFile.add(1, 'missing: every module folder needs a module.yaml');
    return undefined;
  }
  const moduleSource = readFileSync(join(folder, 'module.yaml'), 'utf8');
  const described = parseYaml(moduleSource, moduleFileSchema, moduleFile);
  if (!described) return undefined;

  const lessonFiles = new Set(readdirSync(folder).filter((name) => name.endsWith('.md')));
  const lessons: ContentLesson[] = [];
  const listed = new Set<string>();
  for (const lessonSlug of described.lessons) {
    if (listed.has(lessonSlug)) {
      moduleFile.add(
        lineOfListItem(moduleSource, lessonSlug),
        `lessons: "${lessonSlug}" is listed twice`,
      );
      continue;
    }
    listed.add(lessonSlug);
    if (!lessonFiles.has(`${lessonSlug}.md`)) {
      moduleFile.add(
        lineOfListItem(moduleSource, lessonSlug),
        `lessons: there is no ${lessonSlug}.md in this folder`,
      );
      continue;
    }
    const lessonFile = new FileProblems(problems, relative(root, join(folder, `${lessonSlug}.md`)));
    const lesson = parseLesson(
      readFileSync(join(folder, `${lessonSlug}.md`), 'utf8'),
      lessonSlug,
      lessonFile,
      cardSlugs,
    );
    if (lesson) lessons.push(lesson);
  }
  for (const name of lessonFiles) {
    if (!listed.has(name.slice(0, -'.md'.length))) {
      new FileProblems(problems, relative(root, join(folder, name))).add(
        1,
        'this lesson is not listed under lessons in module.yaml',
      );
    }
  }
  return { slug, ...described, lessons };
}

/**
 * Reads and checks the whole content tree. Collects every problem before giving up, so an
 * author fixes them in one go; throws a ContentError listing them, or returns the tree.
 */
export function readContent(root: string): ContentTree {
  const problems: ContentProblem[] = [];
  const catalogueFile = new FileProblems(problems, 'modules.yaml');
  if (!existsSync(join(root, 'modules.yaml'))) {
    catalogueFile.add(1, 'missing: modules.yaml lists the modules in catalogue order');
    throw new ContentError(problems);
  }
  const catalogueSource = readFileSync(join(root, 'modules.yaml'), 'utf8');
  const catalogue = parseYaml(catalogueSource, catalogueFileSchema, catalogueFile);
  const cards = readCards(root, problems);
  const cardSlugs = new Set(cards.map((card) => card.slug));
  const folders = existsSync(join(root, 'modules'))
    ? readdirSync(join(root, 'modules')).filter((name) =>
        statSync(join(root, 'modules', name)).isDirectory(),
      )
    : [];
  const modules: ContentModule[] = [];
  for (const slug of catalogue?.modules ?? []) {
    if (!folders.includes(slug)) {
      catalogueFile.add(
        lineOfListItem(catalogueSource, slug),
        `there is no folder modules/${slug}`,
      );
      continue;
    }
    const contentModule = readModule(root, slug, problems, cardSlugs);
    if (contentModule) modules.push(contentModule);
  }
  for (const folder of folders) {
    if (catalogue && !catalogue.modules.includes(folder)) {
      catalogueFile.add(1, `modules/${folder} is not listed in modules.yaml`);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { modules, cards };
}
