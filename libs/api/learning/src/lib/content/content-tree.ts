import type { ModuleTheme, PracticeTheme } from '@leerruimte/shared-contracts';

/** A lesson block as stored: like the reader's LessonBlock, but checks keep their answers. */
export type StoredBlock =
  | { kind: 'text'; html: string }
  | { kind: 'reflection'; id: string; question: string; hint: string | null }
  | { kind: 'exercise'; id: string; title: string; html: string }
  | { kind: 'card'; card: string }
  | { kind: 'worksheet'; id: string; title: string; introHtml: string; prompts: string[] }
  | { kind: 'check'; id: string; question: string; options: ChoiceOption[] }
  | { kind: 'figure'; svg: string; alt: string; caption: string | null }
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

export interface ChoiceOption {
  text: string;
  feedback: string;
  correct: boolean;
}

/** The closing test (afsluitende toets) as stored with its module, answers included. */
export interface ClosingTest {
  minutes: number;
  passPercent: number;
  retryAfterMinutes: number;
  questions: Array<{ id: string; scenarioHtml: string; question: string; options: ChoiceOption[] }>;
}

export interface ModuleSource {
  title: string;
  author?: string;
  year?: number;
  publisher?: string;
  url?: string;
  note?: string;
}

export interface ContentModule {
  slug: string;
  title: string;
  summary: string;
  audience: string;
  themes: ModuleTheme[];
  version: number;
  learningGoals: string[];
  studyLoadMinutes: number;
  studyLoadNote: string | null;
  sources: ModuleSource[];
  colophonHtml: string;
  closingTest: ClosingTest | null;
  lessons: ContentLesson[];
}

/** Everything in content/, checked and ready to import; modules in catalogue order. */
export interface ContentTree {
  modules: ContentModule[];
  cards: ContentCard[];
}
