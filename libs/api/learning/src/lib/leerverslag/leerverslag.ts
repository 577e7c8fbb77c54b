import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  type LeerverslagContribution,
  LeerverslagSourceRegistry,
  csvDocument,
} from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import { accreditationRegisterNames, accreditationRegisters } from '@leerruimte/shared-contracts';
import type { AccreditationRegister, Locale, Registration } from '@leerruimte/shared-contracts';
import { lessonTime, minutesOf } from '../progress/learning-time';

export const activityKinds = ['formal', 'reflection', 'supervision'] as const;
export const activityCategories = ['accredited', 'reflection', 'other'] as const;

/** One line of the leerverslag: what a register asks to see of an activity. */
export interface LeerverslagActivity {
  /** A module of Leerruimte, or what another domain adds (a training's session). */
  source: 'module' | LeerverslagContribution['source'];
  /** YYYY-MM-DD, Amsterdam. */
  date: string;
  kind: (typeof activityKinds)[number];
  category: (typeof activityCategories)[number];
  /** The module's or training's title as it was. */
  title: string;
  /** A module completed in the period, with a certificate. */
  completed: boolean;
  minutes: number | null;
  points: number | null;
  accreditationNumber: string | null;
  register: AccreditationRegister | null;
}

export interface Leerverslag {
  name: string;
  registration: Registration | null;
  from: string;
  to: string;
  activities: LeerverslagActivity[];
}

const moduleRow = z.object({
  module_title: z.string(),
  seconds: z.number(),
  last_active_at: z.date().nullable(),
  certificate_at: z.date().nullable(),
  study_load_minutes: z.number().nullable(),
  register: z.enum(accreditationRegisters).nullable(),
  accreditation_number: z.string().nullable(),
  points: z.coerce.number().nullable(),
});

const amsterdamDate = (at: Date) =>
  DateTime.fromJSDate(at, { zone: 'Europe/Amsterdam' }).toISODate() as string;

/**
 * The leerverslag: what a professional learned in a period, as re-registration asks for it.
 * Learning in modules counts once per module: a module completed in the period with its
 * certificate's study load, points and accreditation; a module followed without completing it
 * with its measured learning time. Reflection texts never appear: only topics.
 */
@Injectable()
export class LeerverslagBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: LeerverslagSourceRegistry,
  ) {}

  async build(userId: string, from: string, to: string): Promise<Leerverslag> {
    const start = DateTime.fromISO(from, { zone: 'Europe/Amsterdam' }).startOf('day').toJSDate();
    const end = DateTime.fromISO(to, { zone: 'Europe/Amsterdam' })
      .plus({ days: 1 })
      .startOf('day')
      .toJSDate();
    const [person] = await selectRows(
      this.dataSource,
      z.object({
        name: z.string(),
        register: z.enum(accreditationRegisters).nullable(),
        registration_number: z.string().nullable(),
      }),
      'SELECT name, register, registration_number FROM app_user WHERE id = $1',
      [userId],
    );
    const modules = await selectRows(
      this.dataSource,
      moduleRow,
      `WITH time AS (
         SELECT l.module_id, sum(t.seconds)::int AS seconds, max(t.last_active_at) AS last_active_at
           FROM ${lessonTime('s.user_id = $1 AND s.slot_start >= $2 AND s.slot_start < $3')} t
           JOIN lesson l ON l.id = t.lesson_id
          GROUP BY l.module_id),
       earned AS (
         SELECT DISTINCT ON (c.module_id) c.module_id, c.module_title, c.completed_at,
                c.study_load_minutes, c.register, c.accreditation_number, c.points
           FROM certificate c
          WHERE c.user_id = $1 AND c.status = 'valid'
            AND c.completed_at >= $2 AND c.completed_at < $3
          ORDER BY c.module_id, c.completed_at DESC)
       SELECT coalesce(e.module_title, m.title) AS module_title,
              coalesce(t.seconds, 0) AS seconds, t.last_active_at,
              e.completed_at AS certificate_at, e.study_load_minutes, e.register,
              e.accreditation_number, e.points
         FROM time t
         FULL JOIN earned e ON e.module_id = t.module_id
         LEFT JOIN learning_module m ON m.id = coalesce(t.module_id, e.module_id)`,
      [userId, start, end],
    );
    const activities: LeerverslagActivity[] = modules.flatMap((row): LeerverslagActivity[] => {
      if (row.certificate_at) {
        return [
          {
            source: 'module',
            date: amsterdamDate(row.certificate_at),
            kind: 'formal',
            category: row.register ? 'accredited' : 'other',
            title: row.module_title,
            completed: true,
            minutes: row.study_load_minutes,
            points: row.points,
            accreditationNumber: row.accreditation_number,
            register: row.register,
          },
        ];
      }
      if (!row.last_active_at || row.seconds === 0) return [];
      return [
        {
          source: 'module',
          date: amsterdamDate(row.last_active_at),
          kind: 'formal',
          category: 'other',
          title: row.module_title,
          completed: false,
          minutes: minutesOf(row.seconds),
          points: null,
          accreditationNumber: null,
          register: null,
        },
      ];
    });
    for (const contribution of await this.sources.contributions(userId, start, end)) {
      activities.push({ ...contribution, completed: false });
    }
    activities.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
    return {
      name: person.name,
      registration:
        person.register && person.registration_number
          ? { register: person.register, number: person.registration_number }
          : null,
      from,
      to,
      activities,
    };
  }
}

export const leerverslagWords = {
  nl: {
    title: 'Leerverslag',
    date: 'Datum',
    kind: 'Soort',
    category: 'Categorie',
    activity: 'Activiteit',
    minutes: 'Duur (minuten)',
    points: 'Punten',
    accreditationNumber: 'Accreditatienummer',
    register: 'Register',
    kinds: { formal: 'formeel leren', reflection: 'reflectie', supervision: 'werkbegeleiding' },
    categories: {
      accredited: 'geaccrediteerde scholing',
      reflection: 'reflectie',
      other: 'overig',
    },
    module: (title: string, completed: boolean) =>
      completed ? `Module ${title} (afgerond, met certificaat)` : `Module ${title} (gevolgd)`,
    training: (title: string) => `Training ${title} (bijeenkomst bijgewoond)`,
    intervisie: (topic: string) => (topic ? `Intervisie over de casus ${topic}` : 'Intervisie'),
    werkbegeleiding: (title: string) => (title ? `Werkbegeleiding: ${title}` : 'Werkbegeleiding'),
  },
  en: {
    title: 'Learning record',
    date: 'Date',
    kind: 'Kind',
    category: 'Category',
    activity: 'Activity',
    minutes: 'Duration (minutes)',
    points: 'Points',
    accreditationNumber: 'Accreditation number',
    register: 'Register',
    kinds: { formal: 'formal learning', reflection: 'reflection', supervision: 'supervision' },
    categories: { accredited: 'accredited training', reflection: 'reflection', other: 'other' },
    module: (title: string, completed: boolean) =>
      completed ? `Module ${title} (completed, with certificate)` : `Module ${title} (followed)`,
    training: (title: string) => `Training ${title} (session attended)`,
    intervisie: (topic: string) =>
      topic ? `Peer consultation on the case ${topic}` : 'Peer consultation',
    werkbegeleiding: (title: string) => (title ? `Supervision: ${title}` : 'Supervision'),
  },
} as const;

/** Points with the locale's decimal sign. */
export const formatPoints = (points: number | null, locale: Locale) =>
  points === null ? '' : new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(points);

export function activityTitle(activity: LeerverslagActivity, locale: Locale): string {
  const words = leerverslagWords[locale];
  switch (activity.source) {
    case 'training':
      return words.training(activity.title);
    case 'intervisie':
      return words.intervisie(activity.title);
    case 'werkbegeleiding':
      return words.werkbegeleiding(activity.title);
    case 'module':
      return words.module(activity.title, activity.completed);
  }
}

/** The leerverslag as a spreadsheet: one row per activity. */
export function leerverslagCsv(report: Leerverslag, locale: Locale): string {
  const words = leerverslagWords[locale];
  return csvDocument([
    [
      words.date,
      words.kind,
      words.category,
      words.activity,
      words.minutes,
      words.points,
      words.accreditationNumber,
      words.register,
    ],
    ...report.activities.map((activity) => [
      activity.date,
      words.kinds[activity.kind],
      words.categories[activity.category],
      activityTitle(activity, locale),
      activity.minutes === null ? '' : String(activity.minutes),
      formatPoints(activity.points, locale),
      activity.accreditationNumber ?? '',
      activity.register ? accreditationRegisterNames[activity.register] : '',
    ]),
  ]);
}
