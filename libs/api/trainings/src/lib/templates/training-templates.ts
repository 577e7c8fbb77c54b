import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { notFound } from '@leerruimte/api-core';
import type { TrainerGuide, TrainingTemplate as TemplateView } from '@leerruimte/shared-contracts';
import type { ContentTrainingTemplate } from './template-reader';
import { TrainingTemplate } from './training-template.entity';

/** The trainings from the sources that a team lead plans from, with their trainer guides. */
@Injectable()
export class TrainingTemplates {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the templates read from content/trainings, in one transaction. Templates no longer
   * there are marked removed: trainings planned from them keep their guides.
   */
  async import(
    templates: ContentTrainingTemplate[],
  ): Promise<{ templates: number; removed: number }> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(TrainingTemplate);
      // One statement, like the cards' import: `save` would read each row before writing it.
      if (templates.length > 0) {
        await repository.upsert(
          templates.map((template, position) => ({ ...template, position, removedAt: null })),
          ['slug'],
        );
      }
      const slugs = templates.map((template) => template.slug);
      const removed = await repository.update(
        { slug: Not(In(slugs.length > 0 ? slugs : [''])), removedAt: IsNull() },
        { removedAt: new Date() },
      );
      return { templates: templates.length, removed: removed.affected ?? 0 };
    });
  }

  async list(): Promise<TemplateView[]> {
    const templates = await this.dataSource
      .getRepository(TrainingTemplate)
      .find({ where: { removedAt: IsNull() }, order: { position: 'ASC' } });
    return templates.map((template) => ({
      slug: template.slug,
      title: template.title,
      summary: template.summary,
      source: template.source,
      preparationModule: template.preparationModule,
      sessions: template.sessions,
      guides: template.guides.map(({ slug, title }) => ({ slug, title })),
    }));
  }

  /** A guide, also of a removed template: a training planned from it still points at it. */
  async guide(templateSlug: string, guideSlug: string): Promise<TrainerGuide> {
    const template = await this.dataSource
      .getRepository(TrainingTemplate)
      .findOneBy({ slug: templateSlug });
    const guide = template?.guides.find((candidate) => candidate.slug === guideSlug);
    if (!template || !guide) throw notFound();
    return { templateSlug, templateTitle: template.title, ...guide };
  }

  /**
   * What a training planned from this template takes from it: the guides its sessions may name
   * and the preparation module. Null for an unknown (or removed) template.
   */
  async forPlanning(templateSlug: string): Promise<{
    guides: Set<string>;
    preparationModule: TrainingTemplate['preparationModule'];
  } | null> {
    const template = await this.dataSource
      .getRepository(TrainingTemplate)
      .findOneBy({ slug: templateSlug, removedAt: IsNull() });
    return (
      template && {
        guides: new Set(template.guides.map((guide) => guide.slug)),
        preparationModule: template.preparationModule,
      }
    );
  }
}
