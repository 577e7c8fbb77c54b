import { z } from 'zod';
import { answerMaxLength } from '../text-limits';
import { lessonBlockSchema } from './content';
import { moduleThemes } from './themes';
import { calendarDate } from '../dates';

export const moduleProgressSchema = z.object({
  status: z.enum(['not_started', 'in_progress', 'completed']),
  completedLessons: z.number().int(),
  /** Where "verder waar je was" continues: the lesson opened last. */
  lastLessonSlug: z.string().nullable(),
  completedAt: z.iso.datetime().nullable(),
});

export const moduleSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  themes: z.array(z.enum(moduleThemes)),
  /** Reading time: the lessons and the closing test. */
  estimatedMinutes: z.number().int(),
  /** Honest study load: reading, the closing test and the team tasks in practice. */
  studyLoadMinutes: z.number().int(),
  lessonCount: z.number().int(),
  progress: moduleProgressSchema,
});

export const moduleDetailSchema = moduleSummarySchema.extend({
  audience: z.string(),
  learningGoals: z.array(z.string()),
  version: z.number().int(),
  studyLoadNote: z.string().nullable(),
  lessons: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      minutes: z.number().int(),
      completed: z.boolean(),
      /** The learner's own active time in the lesson, in whole minutes. */
      minutesLearned: z.number().int(),
    }),
  ),
  /** The learner's own active time in the module's lessons, in whole minutes. */
  minutesLearned: z.number().int(),
  closingTest: z
    .object({
      minutes: z.number().int(),
      passPercent: z.number().int(),
      passedAt: z.iso.datetime().nullable(),
    })
    .nullable(),
  /** The learner's certificate for this module, once earned. */
  certificateId: z.uuid().nullable(),
  sources: z.array(
    z.object({
      title: z.string(),
      author: z.string().optional(),
      year: z.number().int().optional(),
      publisher: z.string().optional(),
      url: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  colophonHtml: z.string(),
});

export const selfAssessmentResultSchema = z.object({
  takenAt: z.iso.datetime(),
  /** The average score per dimension, 1 to 5. */
  dimensions: z.array(z.object({ id: z.string(), name: z.string(), average: z.number() })),
});

export const selfAssessmentRequestSchema = z.strictObject({
  /** A score from 1 to 5 for every statement, by statement id. */
  scores: z.record(z.string().min(1).max(80), z.number().int().min(1).max(5)),
});

const lessonLinkSchema = z.object({ slug: z.string(), title: z.string() }).nullable();

export const lessonViewSchema = z.object({
  module: z.object({ slug: z.string(), title: z.string() }),
  slug: z.string(),
  title: z.string(),
  minutes: z.number().int(),
  /** 1-based place in the module, for "les 2 van 5". */
  number: z.number().int(),
  lessonCount: z.number().int(),
  blocks: z.array(lessonBlockSchema),
  completed: z.boolean(),
  previous: lessonLinkSchema,
  next: lessonLinkSchema,
  /** The learner's own answers, by block id. */
  reflections: z.record(z.string(), z.object({ answer: z.string(), updatedAt: z.iso.datetime() })),
  checks: z.record(z.string(), z.object({ option: z.number().int(), correct: z.boolean() })),
  /** Earlier results of each self-assessment, newest first, to see change over time. */
  selfAssessments: z.record(z.string(), z.array(selfAssessmentResultSchema)),
});

/** Search and filters of the catalogue. */
export const catalogueQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  theme: z.enum(moduleThemes).optional(),
  maxMinutes: z.coerce.number().int().min(5).max(1000).optional(),
});

export const reflectionAnswerRequestSchema = z.strictObject({
  answer: z.string().trim().min(1).max(answerMaxLength),
  /** The author confirms that what the privacy guard found is not client data. */
  confirmedNotClientData: z.boolean().optional(),
});

export const reflectionAnswerSchema = z.object({
  answer: z.string(),
  updatedAt: z.iso.datetime(),
});

export const checkAnswerRequestSchema = z.strictObject({
  option: z.number().int().min(0).max(9),
});

export const checkResultSchema = z.object({
  correct: z.boolean(),
  /** Why the chosen option is or is not right. */
  feedback: z.string(),
});

export const lessonCompletionSchema = z.object({
  completedLessons: z.number().int(),
  lessonCount: z.number().int(),
  moduleCompleted: z.boolean(),
  /** Every lesson is done and the module's closing test is what remains. */
  closingTestOpen: z.boolean(),
});

/** A module a team leader asked me to follow, in "Mijn leren". */
export const myAssignmentSchema = z.object({
  id: z.uuid(),
  teamName: z.string(),
  assignedBy: z.string().nullable(),
  dueDate: calendarDate().nullable(),
  module: moduleSummarySchema,
});

export const myLearningSchema = z.object({
  minutesLearned: z.number().int(),
  /** Modules team leaders asked me to follow that I have not completed yet, soonest due first. */
  assigned: z.array(myAssignmentSchema),
  inProgress: z.array(moduleSummarySchema),
  completed: z.array(moduleSummarySchema),
});

/** A professional's learning portfolio: evidence of what they learned, and their journal. */
export const portfolioSchema = z.object({
  name: z.string(),
  minutesLearned: z.number().int(),
  completedModules: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      completedAt: z.iso.datetime(),
      minutes: z.number().int(),
    }),
  ),
  partialModules: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      completedLessons: z.number().int(),
      lessonCount: z.number().int(),
      minutes: z.number().int(),
    }),
  ),
  /** The answers to reflection questions, newest first; only the learner sees them. */
  journal: z.array(
    z.object({
      module: z.object({ slug: z.string(), title: z.string() }),
      lesson: z.object({ slug: z.string(), title: z.string() }),
      question: z.string(),
      answer: z.string(),
      updatedAt: z.iso.datetime(),
    }),
  ),
});

export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
export type Portfolio = z.infer<typeof portfolioSchema>;
export type ModuleSummary = z.infer<typeof moduleSummarySchema>;
export type ModuleDetail = z.infer<typeof moduleDetailSchema>;
export type LessonView = z.infer<typeof lessonViewSchema>;
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
export type ReflectionAnswerRequest = z.infer<typeof reflectionAnswerRequestSchema>;
export type ReflectionAnswer = z.infer<typeof reflectionAnswerSchema>;
export type CheckAnswerRequest = z.infer<typeof checkAnswerRequestSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type LessonCompletionResult = z.infer<typeof lessonCompletionSchema>;
export type MyLearning = z.infer<typeof myLearningSchema>;
export type MyAssignment = z.infer<typeof myAssignmentSchema>;
export type SelfAssessmentRequest = z.infer<typeof selfAssessmentRequestSchema>;
export type SelfAssessmentResult = z.infer<typeof selfAssessmentResultSchema>;
