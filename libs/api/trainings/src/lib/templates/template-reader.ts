import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  ContentError,
  type ContentProblem,
  FileProblems,
  markdown,
  parseYaml,
} from '@leerruimte/api-core';
import { minutesOfDay } from '@leerruimte/shared-contracts';

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'a time as HH:MM' });

const templateFileSchema = z.strictObject({
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(10).max(1500),
  source: z.string().trim().min(3).max(300),
  preparationModule: z.string().regex(slug).optional(),
  sessions: z
    .array(
      z.strictObject({
        title: z.string().trim().min(3).max(120),
        startTime: timeOfDay,
        endTime: timeOfDay,
        breakMinutes: z.number().int().min(0).max(240),
        guide: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/, {
          message: 'a Markdown file in this folder, e.g. dag-1.md',
        }),
      }),
    )
    .min(1)
    .max(10),
});

/** A training template as read from content/trainings/<slug>/, checked. */
export interface ContentTrainingTemplate {
  slug: string;
  title: string;
  summary: string;
  source: string;
  preparationModule: { slug: string; title: string } | null;
  sessions: Array<{
    title: string;
    startTime: string;
    endTime: string;
    breakMinutes: number;
    guide: string;
  }>;
  guides: Array<{ slug: string; title: string; html: string }>;
}

/** Markdown for trainers is text: raw HTML in it would be shown as it is, unchecked. */
const RAW_HTML = /<\/?[a-z][^>]*>/i;

/**
 * Reads and checks content/trainings: every template folder's training.yaml and the guides it
 * names. `modules` are the learning modules, which a template may name as its preparation.
 * Collects every problem before giving up, like the module reader.
 */
export function readTrainingTemplates(
  root: string,
  modules: ReadonlyArray<{ slug: string; title: string }>,
): ContentTrainingTemplate[] {
  const folder = join(root, 'trainings');
  if (!existsSync(folder)) return [];
  const problems: ContentProblem[] = [];
  const templates: ContentTrainingTemplate[] = [];
  const folders = readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isDirectory())
    .sort();
  for (const name of folders) {
    const template = readTemplate(folder, name, problems, modules);
    if (template) templates.push(template);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return templates;
}

function readTemplate(
  folder: string,
  name: string,
  problems: ContentProblem[],
  modules: ReadonlyArray<{ slug: string; title: string }>,
): ContentTrainingTemplate | undefined {
  const file = new FileProblems(problems, `trainings/${name}/training.yaml`);
  if (!slug.test(name)) {
    file.add(1, `the folder name "${name}" is not a slug (lower case, digits and hyphens)`);
    return undefined;
  }
  const path = join(folder, name, 'training.yaml');
  if (!existsSync(path)) {
    file.add(1, 'missing: each template folder has a training.yaml');
    return undefined;
  }
  const source = readFileSync(path, 'utf8');
  const template = parseYaml(source, templateFileSchema, file);
  if (!template) return undefined;
  const lineOf = (text: string) => {
    const index = source.split(/\r?\n/).findIndex((line) => line.includes(text));
    return index >= 0 ? index + 1 : 1;
  };
  const preparation = template.preparationModule
    ? modules.find((module) => module.slug === template.preparationModule)
    : undefined;
  if (template.preparationModule && !preparation) {
    file.add(
      lineOf('preparationModule:'),
      `preparationModule: there is no module "${template.preparationModule}" in modules.yaml`,
    );
  }
  const sessionLines = source
    .split(/\r?\n/)
    .flatMap((line, index) => (/^\s*- title:/.test(line) ? [index + 1] : []));
  template.sessions.forEach((session, index) => {
    const line = sessionLines[index] ?? 1;
    const start = minutesOfDay(session.startTime);
    const end = minutesOfDay(session.endTime);
    if (end <= start) file.add(line, `sessions.${index}.endTime: ends before it starts`);
    else if (session.breakMinutes >= end - start) {
      file.add(line, `sessions.${index}.breakMinutes: the break is as long as the session`);
    }
  });
  const guides: ContentTrainingTemplate['guides'] = [];
  for (const guideFile of new Set(template.sessions.map((session) => session.guide))) {
    const guidePath = join(folder, name, guideFile);
    if (!existsSync(guidePath)) {
      file.add(lineOf(`guide: ${guideFile}`), `guide: there is no file ${guideFile} here`);
      continue;
    }
    const text = readFileSync(guidePath, 'utf8');
    const htmlLine = text.split(/\r?\n/).findIndex((line) => RAW_HTML.test(line));
    if (htmlLine >= 0) {
      new FileProblems(problems, `trainings/${name}/${guideFile}`).add(
        htmlLine + 1,
        'raw HTML; write Markdown',
      );
      continue;
    }
    guides.push({
      slug: guideFile.replace(/\.md$/, ''),
      title: template.sessions
        .filter((session) => session.guide === guideFile)
        .map((session) => session.title)
        .join(' · '),
      html: markdown(text),
    });
  }
  return {
    slug: name,
    title: template.title,
    summary: template.summary,
    source: template.source,
    preparationModule: preparation ?? null,
    sessions: template.sessions.map((session) => ({
      ...session,
      guide: session.guide.replace(/\.md$/, ''),
    })),
    guides,
  };
}
