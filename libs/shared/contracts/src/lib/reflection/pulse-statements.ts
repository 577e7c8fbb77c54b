import type { Locale } from '../i18n/locale';

// Plain values, no schemas: a page that shows the pulse does not load the validation library.

/**
 * The team-learning pulse: a few statements on how the team learns, each scored from 1 (not at
 * all) to 5 (completely). Members answer anonymously through a reflection moment of kind
 * "pulse"; only the team's averages are ever shown, and only from enough people.
 */
export const pulseStatements = ['safety', 'trying', 'colleagues', 'time', 'followThrough'] as const;
export type PulseStatement = (typeof pulseStatements)[number];

/** What a pulse prompt says in notifications, mails and calendars (stored as its question). */
export const pulseTitle = 'Teampuls: hoe leert ons team? Vijf korte stellingen, anoniem.';

export const pulseStatementTexts: Record<Locale, Record<PulseStatement, string>> = {
  nl: {
    safety: 'In ons team bespreken we wat misging, zonder iemand de schuld te geven.',
    trying: 'We proberen in ons team geregeld een nieuwe aanpak uit.',
    colleagues: 'Ik leer veel van de manier waarop collega’s hun werk doen.',
    time: 'Er is in ons team tijd om stil te staan bij ons werk.',
    followThrough: 'Wat we samen bespreken, zie ik terug in hoe we werken.',
  },
  en: {
    safety: 'In our team we discuss what went wrong without blaming anyone.',
    trying: 'Our team regularly tries out a new approach.',
    colleagues: 'I learn a lot from the way colleagues do their work.',
    time: 'Our team has time to stop and think about our work.',
    followThrough: 'What we discuss together shows in how we work.',
  },
};
