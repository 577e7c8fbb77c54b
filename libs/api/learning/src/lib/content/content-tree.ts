import type { ModuleTheme, PracticeTheme } from '@leerruimte/shared-contracts';

/** A lesson block as stored: like the reader's LessonBlock, but checks keep their answers. */
export type StoredBlock =
  | { kind: 'text'; html: string }
  | { kind: 'reflection'; id: string; question: string; hint: string | null }
  | { kind: 'exercise'; id: string; title: string; html: string }
  | { kind: 'card'; card: string }
  | { kind: 'worksheet'; id: string; title: string; introHtml: string; prompts: string[] }
  | {
      kind: 'check';
      id: string;
      question: string;
      options: Array<{ text: string; feedback: string; correct: boolean }>;
    }
  | {
      kind: 'self-assessment';
      id: string;
      title: string;
      introHtml: string;
      scale: string[];
      dimensions: Array<{ id: string; name: string }>;
      statements: Array<{ id: string; dimension: string; text: string }>;
    };

export interface ContentCard {
  slug: string;
  title: string;
  question: string;
  task: string | null;
  theme: PracticeTheme;
  moments: string[];
}

export interface ContentLesson {
  slug: string;
  title: string;
  minutes: number;
  blocks: StoredBlock[];
}

export interface ContentModule {
  slug: string;
  title: string;
  summary: string;
  audience: string;
  themes: ModuleTheme[];
  version: number;
  learningGoals: string[];
  lessons: ContentLesson[];
}

/** Everything in content/, checked and ready to import; modules in catalogue order. */
export interface ContentTree {
  modules: ContentModule[];
  cards: ContentCard[];
}

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
