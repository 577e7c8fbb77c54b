import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ContentError,
  type ContentProblem,
  FileProblems,
  markdown,
  parseYaml,
} from '@leerruimte/api-core';
import {
  type BlockKind,
  blockFileSchemas,
  blockKinds,
  cardFileSchema,
  catalogueFileSchema,
  closingTestFileSchema,
  lessonFrontMatterSchema,
  moduleFileSchema,
} from './content-files';
import { type BalancedQuestion, answerBalanceProblems } from './answer-balance';
import {
  type ClosingTest,
  type ContentCard,
  type ContentLesson,
  type ContentModule,
  type ContentTree,
  type StoredBlock,
} from './content-tree';

const FENCE = /^```\s*([\w-]*)\s*$/;

/** Splits a lesson into front matter, text and blocks, keeping the line each starts on. */
function parseLesson(
  source: string,
  slug: string,
  problems: FileProblems,
  context: ModuleContext,
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
      context.folder,
    );
    if (block) {
      if (block.kind === 'check') {
        context.questions.push({
          file: problems.file,
          line: lineNumber + 1,
          options: block.options,
        });
      }
      if (block.kind === 'card' && !context.cardSlugs.has(block.card)) {
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

/** What a lesson needs from its module: its folder, the card library, the balance tally. */
interface ModuleContext {
  folder: string;
  cardSlugs: ReadonlySet<string>;
  questions: BalancedQuestion[];
}

const FIGURE_MAX_BYTES = 60_000;
/** What an illustration may not hold: it is shown as an image, but stays plain drawing. */
const FIGURE_FORBIDDEN: Array<[RegExp, string]> = [
  [/<script/i, 'a script'],
  [/\son[a-z]+\s*=/i, 'an event attribute (on...)'],
  [/<foreignObject/i, 'a foreignObject'],
  [/<image/i, 'an embedded image'],
  [/(?:href|src)\s*=\s*["'](?!#)/i, 'a link or reference to another file'],
  [/url\(\s*["']?(?!#)/i, 'a url() to another file'],
];

function readFigure(folder: string, src: string, line: number, problems: FileProblems) {
  const path = join(folder, src);
  if (!existsSync(path)) {
    problems.add(line, `src: there is no ${src} in this module's folder`);
    return undefined;
  }
  const svg = readFileSync(path, 'utf8');
  const tooBig = Buffer.byteLength(svg) > FIGURE_MAX_BYTES;
  const found = FIGURE_FORBIDDEN.filter(([pattern]) => pattern.test(svg)).map(([, what]) => what);
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg)) {
    problems.add(line, `src: ${src} is not an SVG file (it must start with <svg)`);
  } else if (tooBig) {
    problems.add(line, `src: ${src} is larger than ${FIGURE_MAX_BYTES / 1000} kB`);
  } else if (found.length > 0) {
    problems.add(line, `src: ${src} holds ${found.join(' and ')}; a figure is plain drawing`);
  } else {
    return svg.replace(/^\s*<\?xml[^>]*>\s*/, '').trim();
  }
  return undefined;
}

function parseBlock(
  kind: BlockKind,
  source: string,
  firstLine: number,
  problems: FileProblems,
  folder: string,
): StoredBlock | undefined {
  switch (kind) {
    case 'figure': {
      const block = parseYaml(source, blockFileSchemas.figure, problems, firstLine);
      const svg = block && readFigure(folder, block.src, firstLine, problems);
      return svg ? { kind, svg, alt: block.alt, caption: block.caption ?? null } : undefined;
    }
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
  const context: ModuleContext = { folder, cardSlugs, questions: [] };
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
      context,
    );
    if (lesson) lessons.push(lesson);
  }
  const closingTest = readClosingTest(root, folder, problems, context.questions);
  const lessonMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const readingMinutes = lessonMinutes + (closingTest?.minutes ?? 0);
  if (described.studyLoadMinutes < readingMinutes) {
    moduleFile.add(
      lineOfKey(moduleSource, 'studyLoadMinutes'),
      `studyLoadMinutes: ${described.studyLoadMinutes} is less than the lessons and closing test take (${readingMinutes})`,
    );
  }
  for (const problem of answerBalanceProblems(context.questions)) {
    new FileProblems(problems, problem.file).add(problem.line, problem.message);
  }
  for (const name of lessonFiles) {
    if (!listed.has(name.slice(0, -'.md'.length))) {
      new FileProblems(problems, relative(root, join(folder, name))).add(
        1,
        'this lesson is not listed under lessons in module.yaml',
      );
    }
  }
  const { colophon, studyLoadNote, ...fields } = described;
  return {
    slug,
    ...fields,
    studyLoadNote: studyLoadNote ?? null,
    colophonHtml: markdown(colophon),
    closingTest: closingTest ?? null,
    lessons,
  };
}

const CLOSING_TEST_FILE = 'closing-test.yaml';

/** The module's closing test, when it has one; its questions join the balance tally. */
function readClosingTest(
  root: string,
  folder: string,
  problems: ContentProblem[],
  questions: BalancedQuestion[],
): ClosingTest | undefined {
  const path = join(folder, CLOSING_TEST_FILE);
  if (!existsSync(path)) return undefined;
  const source = readFileSync(path, 'utf8');
  const file = new FileProblems(problems, relative(root, path));
  const test = parseYaml(source, closingTestFileSchema, file);
  if (!test) return undefined;
  const seen = new Set<string>();
  for (const question of test.questions) {
    const line = lineOfKey(source, 'id', question.id);
    if (seen.has(question.id)) file.add(line, `id: "${question.id}" is used twice`);
    seen.add(question.id);
    questions.push({
      file: file.file,
      line,
      options: question.options.map((option) => ({
        text: option.text,
        correct: option.correct === true,
      })),
    });
  }
  return {
    minutes: test.minutes,
    passPercent: test.passPercent,
    retryAfterMinutes: test.retryAfterMinutes,
    questions: test.questions.map((question) => ({
      id: question.id,
      scenarioHtml: markdown(question.scenario),
      question: question.question,
      options: question.options.map((option) => ({
        text: option.text,
        feedback: option.feedback,
        correct: option.correct === true,
      })),
    })),
  };
}

/** The line of `key:` (with this value, when given), for problems about a key's value. */
function lineOfKey(source: string, key: string, value?: string): number {
  const pattern = new RegExp(`^\\s*(- )?${key}:\\s*${value ?? ''}`);
  const index = source.split(/\r?\n/).findIndex((line) => pattern.test(line));
  return index >= 0 ? index + 1 : 1;
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
