import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { searchVectorColumn } from '@leerruimte/api-core';
import type { ModuleTheme, PracticeTheme } from '@leerruimte/shared-contracts';
import type { ClosingTest, ModuleSource, StoredBlock } from '../content/content-tree';
import { CARD_SEARCH, LESSON_SEARCH, MODULE_SEARCH } from '../search/search-vectors';

/**
 * A learning module, imported from content/modules. Identified by its slug, so a new version of
 * the content updates it in place; a module that left the content is marked removed, never
 * deleted, so learners' history stays.
 */
@Entity({ name: 'learning_module' })
export class LearningModule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 200 })
  audience: string;

  @Column({ type: 'text', array: true })
  themes: ModuleTheme[];

  @Column({ type: 'jsonb' })
  learningGoals: string[];

  @Column({ type: 'int' })
  version: number;

  /** Place in the catalogue, from content/modules.yaml. */
  @Column({ type: 'int' })
  position: number;

  /** Reading time: its current lessons' minutes plus its closing test's. */
  @Column({ type: 'int' })
  estimatedMinutes: number;

  /** Honest study load from the content: reading, the closing test and the team tasks. */
  @Column({ type: 'int', default: 0 })
  studyLoadMinutes: number;

  @Column({ type: 'text', nullable: true })
  studyLoadNote: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: ModuleSource[];

  @Column({ type: 'text', default: '' })
  colophonHtml: string;

  /** With its answers: only the server reads this whole. */
  @Column({ type: 'jsonb', nullable: true })
  closingTest: ClosingTest | null;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** For the search: title, summary and goals, kept up to date by PostgreSQL. */
  @Index('IDX_learning_module_search', { type: 'gin' })
  @Column(searchVectorColumn(MODULE_SEARCH))
  searchVector?: string;
}

@Entity({ name: 'lesson' })
@Unique(['moduleId', 'slug'])
export class Lesson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModule, { onDelete: 'CASCADE' })
  @JoinColumn()
  module?: LearningModule;

  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  blocks: StoredBlock[];

  /** The blocks' words without HTML, as a reader sees them (the importer writes it): searched. */
  @Column({ type: 'text', default: '' })
  searchText: string;

  /** Set when the lesson left the module's content; progress on it is kept. */
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Index('IDX_lesson_search', { type: 'gin' })
  @Column(searchVectorColumn(LESSON_SEARCH))
  searchVector?: string;
}

/** A denk- en doekaartje from content/cards. */
@Entity({ name: 'card' })
export class Card {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text', nullable: true })
  task: string | null;

  @Column({ type: 'varchar', length: 32 })
  theme: PracticeTheme;

  @Column({ type: 'jsonb' })
  moments: string[];

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Index('IDX_card_search', { type: 'gin' })
  @Column(searchVectorColumn(CARD_SEARCH))
  searchVector?: string;
}
