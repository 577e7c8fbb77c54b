import { z } from 'zod';
import { practiceThemes } from './themes';

/** Lower case, digits and hyphens: module, lesson, card and block identifiers in content/. */
export const slugSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const cardSchema = z.object({
  slug: z.string(),
  title: z.string(),
  question: z.string(),
  task: z.string().nullable(),
  theme: z.enum(practiceThemes),
  moments: z.array(z.string()),
});
export type Card = z.infer<typeof cardSchema>;

const checkOptionSchema = z.object({ text: z.string() });

/** A lesson's content as the reader shows it; answers to checks stay on the server. */
export const lessonBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), html: z.string() }),
  z.object({
    kind: z.literal('reflection'),
    id: z.string(),
    question: z.string(),
    hint: z.string().nullable(),
  }),
  z.object({ kind: z.literal('exercise'), id: z.string(), title: z.string(), html: z.string() }),
  z.object({ kind: z.literal('card'), card: cardSchema }),
  z.object({
    kind: z.literal('worksheet'),
    id: z.string(),
    title: z.string(),
    introHtml: z.string(),
    prompts: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('check'),
    id: z.string(),
    question: z.string(),
    options: z.array(checkOptionSchema),
  }),
  /** An illustration of a model: plain SVG from content/ (no scripts), shown as an image. */
  z.object({
    kind: z.literal('figure'),
    svg: z.string(),
    alt: z.string(),
    caption: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('self-assessment'),
    id: z.string(),
    title: z.string(),
    introHtml: z.string(),
    scale: z.array(z.string()),
    dimensions: z.array(z.object({ id: z.string(), name: z.string() })),
    statements: z.array(z.object({ id: z.string(), dimension: z.string(), text: z.string() })),
  }),
]);
export type LessonBlock = z.infer<typeof lessonBlockSchema>;
