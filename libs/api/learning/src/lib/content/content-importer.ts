import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { Card, LearningModule, Lesson } from '../catalogue/catalogue.entities';
import type { ContentTree } from './content-tree';
import { lessonSearchText } from './lesson-search-text';

export interface ImportSummary {
  modules: number;
  lessons: number;
  cards: number;
  /** Modules, lessons and cards that left the content: kept, marked removed. */
  removed: { modules: number; lessons: number; cards: number };
}

/**
 * Puts a checked content tree into PostgreSQL in one transaction. Everything is matched by slug,
 * so learners' progress survives a new version; what left the content is marked removed.
 */
@Injectable()
export class ContentImporter {
  private readonly logger = new Logger(ContentImporter.name);

  constructor(private readonly dataSource: DataSource) {}

  async import(content: ContentTree, now = new Date()): Promise<ImportSummary> {
    const summary = await this.dataSource.transaction(async (manager) => {
      const removedCards = await this.importCards(manager, content, now);
      let lessons = 0;
      let removedLessons = 0;
      for (const [position, contentModule] of content.modules.entries()) {
        const { lessons: contentLessons, ...fields } = contentModule;
        await manager.upsert(
          LearningModule,
          {
            ...fields,
            position,
            estimatedMinutes:
              contentLessons.reduce((sum, lesson) => sum + lesson.minutes, 0) +
              (contentModule.closingTest?.minutes ?? 0),
            removedAt: null,
          },
          ['slug'],
        );
        const { id: moduleId } = await manager.findOneByOrFail(LearningModule, {
          slug: contentModule.slug,
        });
        await manager.upsert(
          Lesson,
          contentLessons.map((lesson, lessonPosition) => ({
            ...lesson,
            searchText: lessonSearchText(lesson.blocks),
            moduleId,
            position: lessonPosition,
            removedAt: null,
          })),
          ['moduleId', 'slug'],
        );
        lessons += contentLessons.length;
        const gone = await manager.update(
          Lesson,
          {
            moduleId,
            slug: Not(In(contentLessons.map((lesson) => lesson.slug))),
            removedAt: IsNull(),
          },
          { removedAt: now },
        );
        removedLessons += gone.affected ?? 0;
      }
      const removedModules = await manager.update(
        LearningModule,
        { slug: Not(In(content.modules.map((module) => module.slug))), removedAt: IsNull() },
        { removedAt: now },
      );
      return {
        modules: content.modules.length,
        lessons,
        cards: content.cards.length,
        removed: {
          modules: removedModules.affected ?? 0,
          lessons: removedLessons,
          cards: removedCards,
        },
      };
    });
    this.logger.log(
      `Imported ${summary.modules} modules, ${summary.lessons} lessons and ${summary.cards} cards`,
    );
    return summary;
  }

  private async importCards(manager: EntityManager, content: ContentTree, now: Date) {
    if (content.cards.length > 0) {
      await manager.upsert(
        Card,
        content.cards.map((card) => ({ ...card, removedAt: null })),
        ['slug'],
      );
    }
    const slugs = content.cards.map((card) => card.slug);
    const gone = await manager.update(
      Card,
      slugs.length > 0 ? { slug: Not(In(slugs)), removedAt: IsNull() } : { removedAt: IsNull() },
      { removedAt: now },
    );
    return gone.affected ?? 0;
  }
}
