import { z } from 'zod';
import { moduleThemes, practiceThemes, slugSchema } from '@leerruimte/shared-contracts';

/**
 * The shapes of the files in content/, as authors write them (see content/README.md). Unknown
 * keys are errors: a typo in a key must not silently drop a text.
 */
const text = (min = 2, max = 4000) => z.string().trim().min(min).max(max);

export const catalogueFileSchema = z.strictObject({
  modules: z.array(slugSchema).min(1),
});

export const moduleFileSchema = z.strictObject({
  title: text(3, 120),
  summary: text(10, 600),
  audience: text(3, 200),
  themes: z.array(z.enum(moduleThemes)).min(1).max(4),
  version: z.number().int().min(1),
  learningGoals: z.array(text(5, 300)).min(1).max(8),
  lessons: z.array(slugSchema).min(3).max(6),
  /** Honest: lessons, closing test and the team tasks in practice together. */
  studyLoadMinutes: z.number().int().min(15).max(6000),
  studyLoadNote: text(5, 400).optional(),
  sources: z
    .array(
      z.strictObject({
        title: text(2, 300),
        author: text(2, 200).optional(),
        year: z.number().int().min(1900).max(2100).optional(),
        publisher: text(2, 200).optional(),
        url: z.url({ protocol: /^https?$/ }).optional(),
        note: text(2, 600).optional(),
      }),
    )
    .min(1)
    .max(20),
  colophon: text(20, 3000),
});

const checkOption = z.strictObject({
  text: text(1, 400),
  feedback: text(2, 800),
  correct: z.literal(true).optional(),
});

const exactlyOneCorrect = (options: Array<{ correct?: true }>) =>
  options.filter((option) => option.correct).length === 1;

export const closingTestFileSchema = z.strictObject({
  minutes: z.number().int().min(5).max(60),
  passPercent: z.number().int().min(50).max(100),
  retryAfterMinutes: z.number().int().min(0).max(10_080),
  questions: z
    .array(
      z.strictObject({
        id: slugSchema,
        scenario: text(10, 1500),
        question: text(5, 600),
        options: z.array(checkOption).min(3).max(4).refine(exactlyOneCorrect, {
          message: 'exactly one option needs correct: true',
        }),
      }),
    )
    .min(8)
    .max(10),
});

export const lessonFrontMatterSchema = z.strictObject({
  title: text(3, 120),
  minutes: z.number().int().min(5).max(15),
});

export const cardFileSchema = z.strictObject({
  title: text(2, 80),
  question: text(5, 400),
  task: text(5, 600).optional(),
  theme: z.enum(practiceThemes),
  moments: z.array(text(3, 150)).min(1).max(6),
});

export const blockFileSchemas = {
  reflection: z.strictObject({
    id: slugSchema,
    question: text(5, 600),
    hint: text(2, 600).optional(),
  }),
  exercise: z.strictObject({ id: slugSchema, title: text(3, 120), instructions: text(5) }),
  card: z.strictObject({ card: slugSchema }),
  worksheet: z.strictObject({
    id: slugSchema,
    title: text(3, 120),
    intro: text(5),
    prompts: z.array(text(3, 400)).min(2).max(12),
  }),
  check: z.strictObject({
    id: slugSchema,
    question: text(5, 600),
    options: z
      .array(checkOption)
      .min(2)
      .max(5)
      .refine(exactlyOneCorrect, { message: 'exactly one option needs correct: true' }),
  }),
  figure: z.strictObject({
    src: z.string().regex(/^figures\/[a-z0-9]+(-[a-z0-9]+)*\.svg$/, {
      message: "an SVG file in this module's figures/ folder, e.g. figures/wyber.svg",
    }),
    alt: text(20, 1200),
    caption: text(2, 300).optional(),
  }),
  'self-assessment': z
    .strictObject({
      id: slugSchema,
      title: text(3, 120),
      intro: text(5),
      scale: z.array(text(1, 60)).length(5),
      dimensions: z.record(slugSchema, text(2, 120)),
      statements: z
        .array(z.strictObject({ id: slugSchema, dimension: slugSchema, text: text(5, 400) }))
        .min(2)
        .max(40),
    })
    .superRefine((assessment, context) => {
      assessment.statements.forEach((statement, index) => {
        if (!(statement.dimension in assessment.dimensions)) {
          context.addIssue({
            code: 'custom',
            path: ['statements', index, 'dimension'],
            message: `unknown dimension "${statement.dimension}"; declare it under dimensions`,
          });
        }
      });
    }),
} as const;

export type BlockKind = keyof typeof blockFileSchemas;
export const blockKinds = Object.keys(blockFileSchemas) as BlockKind[];
