import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

export const agendaTexts = defineTexts(
  {
    title: 'Agenda',
    intro:
      'Wat er voor je aankomt: de reflectiemomenten van je teams, de modules die af moeten en je trainingen.',
    summary: (moments: number, dueDates: number, sessions: number, days: number) => {
      const parts = [
        plural('nl', moments, {
          zero: 'geen reflectiemomenten',
          one: '# reflectiemoment',
          other: '# reflectiemomenten',
        }),
        plural('nl', dueDates, {
          zero: 'geen modules om af te ronden',
          one: '# module om af te ronden',
          other: '# modules om af te ronden',
        }),
        ...(sessions > 0
          ? [
              plural('nl', sessions, {
                one: '# trainingsbijeenkomst',
                other: '# trainingsbijeenkomsten',
              }),
            ]
          : []),
      ];
      return `De komende ${days} dagen: ${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}.`;
    },
    today: 'Vandaag',
    tomorrow: 'Morgen',
    moment: 'Reflectievraag',
    due: 'Module af',
    session: 'Training',
    sessionMeta: (team: string, place: string, until: string) =>
      `van ${team} · ${place} · tot ${until}`,
    waiting: 'je staat op de wachtlijst',
    allDay: 'hele dag',
    momentMeta: (team: string) => `van ${team} · je beantwoordt hem onder Reflecties`,
    dueMeta: (team: string, done: number, total: number) =>
      `voor ${team} · ${done} van ${plural('nl', total, { one: '# les', other: '# lessen' })} af`,
    empty: (days: number) =>
      `Er staat de komende ${days} dagen niets in je agenda. Reflectiemomenten plant je teamleider; een module kies je zelf onder Leren.`,
    browse: 'Naar de modules',
    further: (days: number) => `Verder vooruitkijken: ${days} dagen`,
    calendar:
      'Wil je de reflectiemomenten in je eigen agenda-app? De agendalink maak je bij Reflecties.',
    prompts: 'Naar Reflecties',
  },
  {
    title: 'Schedule',
    intro:
      'What is coming for you: your teams’ reflection moments, the modules due and your trainings.',
    summary: (moments: number, dueDates: number, sessions: number, days: number) => {
      const parts = [
        plural('en', moments, {
          zero: 'no reflection moments',
          one: '# reflection moment',
          other: '# reflection moments',
        }),
        plural('en', dueDates, {
          zero: 'no modules to complete',
          one: '# module to complete',
          other: '# modules to complete',
        }),
        ...(sessions > 0
          ? [plural('en', sessions, { one: '# training session', other: '# training sessions' })]
          : []),
      ];
      return `The coming ${days} days: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
    },
    today: 'Today',
    tomorrow: 'Tomorrow',
    moment: 'Reflection question',
    due: 'Module due',
    session: 'Training',
    sessionMeta: (team: string, place: string, until: string) =>
      `from ${team} · ${place} · until ${until}`,
    waiting: 'you are on the waiting list',
    allDay: 'all day',
    momentMeta: (team: string) => `from ${team} · you answer it under Reflections`,
    dueMeta: (team: string, done: number, total: number) =>
      `for ${team} · ${done} of ${plural('en', total, { one: '# lesson', other: '# lessons' })} done`,
    empty: (days: number) =>
      `Nothing is on your schedule for the coming ${days} days. Your team leader plans reflection moments; under Learning you choose a module yourself.`,
    browse: 'Go to the modules',
    further: (days: number) => `Look further ahead: ${days} days`,
    calendar:
      'Want the reflection moments in your own calendar app? Make the calendar link under Reflections.',
    prompts: 'Go to Reflections',
  },
);
