import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

export const todayTexts = defineTexts(
  {
    title: 'Vandaag',
    greeting: (name: string, part: 'morning' | 'afternoon' | 'evening') =>
      `${{ morning: 'Goedemorgen', afternoon: 'Goedemiddag', evening: 'Goedenavond' }[part]}, ${name}`,
    noTeams:
      'Je bent nog geen lid van een team. Zodra een teamleider of beheerder je toevoegt, zie je hier de vragen en opdrachten van je team.',
    prompts: {
      heading: 'Reflectievragen',
      empty:
        'Er staat geen reflectievraag voor je open. Stelt je team er een, dan zie je die hier.',
      closes: (relative: string, time: string | null) =>
        time ? `sluit ${relative} om ${time}` : `sluit ${relative}`,
      answer: 'Beantwoorden',
      change: 'Antwoord bekijken',
      answered: 'Beantwoord; je kunt het aanpassen zolang de vraag open is.',
      pulse: 'Teampuls',
      from: (team: string) => `Van ${team}`,
    },
    continue: {
      heading: 'Verder waar je was',
      empty: 'Je bent nog niet aan een module begonnen.',
      browse: 'Naar de modules',
      progress: (done: number, total: number) => `${done} van ${total} lessen af`,
      resume: (lesson: string) => `Verder met “${lesson}”`,
    },
    assignments: {
      heading: 'Gevraagd door je team',
      empty: 'Je team vroeg je nu niets te volgen. In Leren kies je zelf wat je wilt leren.',
      due: (date: string) => `af vóór ${date}`,
      overdue: (date: string) => `te laat: af vóór ${date}`,
      noDueDate: 'geen datum',
      progress: (done: number, total: number) => `${done} van ${total} lessen af`,
      from: (team: string) => `voor ${team}`,
    },
    moments: {
      heading: 'Reflectiemomenten deze week',
      empty: 'Geen reflectiemomenten in de komende zeven dagen.',
      agenda: 'Hele agenda',
    },
    agenda: {
      heading: 'Op de agenda van het teamoverleg',
      empty: 'Er staan geen waarom-vragen op de agenda. Zet er een op vanaf het leerbord.',
      votes: (count: number) => plural('nl', count, { one: '# stem', other: '# stemmen' }),
      board: 'Naar het leerbord',
    },
    lead: {
      heading: (team: string) => `Jouw team: ${team}`,
      lastPrompt: 'Laatste reflectievraag',
      noPrompt: 'Je team kreeg nog geen reflectievraag. Plan er een in Teamreflectie.',
      answered: (answered: number, asked: number) => `${answered} van ${asked} beantwoord`,
      rate: (percent: string) => `Respons ${percent}`,
      plan: 'Naar Teamreflectie',
      toEvaluate: 'Experimenten die wachten op een evaluatie',
      nothingToEvaluate: 'Geen experimenten die op een evaluatie wachten.',
      since: (date: string) => `in evaluatie sinds ${date}`,
    },
    organisation: {
      heading: (name: string) => `Teams van ${name}`,
      intro: (minimum: number) =>
        `Deze maand tot nu toe. Een cijfer van minder dan ${minimum} mensen tonen we niet.`,
      team: 'Team',
      members: 'Leden',
      modulesCompleted: 'Modules afgerond',
      participation: 'Deelname reflectie',
      experimentsStarted: 'Experimenten gestart',
      suppressed: 'te weinig deelnemers',
      noTeams: 'Deze organisatie heeft nog geen teams.',
      manage: 'Teams beheren',
      report: 'Naar Teamontwikkeling',
    },
    platform: {
      heading: 'Status van het platform',
      ready: 'Leerruimte is klaar voor gebruik.',
      degraded:
        'Leerruimte werkt, maar de achtergrondtaken draaien nu niet. Geplande reflectiemomenten worden later verstuurd.',
      notReady: 'Leerruimte is nog niet klaar. Een onderdeel is niet bereikbaar.',
      retry: 'Opnieuw controleren',
      checkedAt: (time: string) => `Laatst gecontroleerd om ${time}`,
      components: {
        database: 'Database',
        redis: 'Wachtrij-opslag (Redis)',
        migrations: 'Databasestructuur bijgewerkt',
        workers: 'Achtergrondverwerking',
        queue: 'Geplande taken',
      },
      up: 'in orde',
      down: 'niet in orde',
      activeWorkers: (count: number) =>
        plural('nl', count, { one: '# verwerker actief', other: '# verwerkers actief' }),
      queues: 'Naar de wachtrijen',
    },
  },
  {
    title: 'Today',
    greeting: (name: string, part: 'morning' | 'afternoon' | 'evening') =>
      `${{ morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' }[part]}, ${name}`,
    noTeams:
      'You are not in a team yet. Once a team leader or admin adds you, your team’s questions and assignments show here.',
    prompts: {
      heading: 'Reflection questions',
      empty: 'No reflection question is open for you. When your team asks one, it shows here.',
      closes: (relative: string, time: string | null) =>
        time ? `closes ${relative} at ${time}` : `closes ${relative}`,
      answer: 'Answer',
      change: 'See my answer',
      answered: 'Answered; you can change it while the question is open.',
      pulse: 'Team pulse',
      from: (team: string) => `From ${team}`,
    },
    continue: {
      heading: 'Pick up where you left off',
      empty: 'You have not started a module yet.',
      browse: 'Go to the modules',
      progress: (done: number, total: number) => `${done} of ${total} lessons done`,
      resume: (lesson: string) => `Continue with “${lesson}”`,
    },
    assignments: {
      heading: 'Asked by your team',
      empty: 'Your team has not asked you to follow anything. Under Learning you choose yourself.',
      due: (date: string) => `due ${date}`,
      overdue: (date: string) => `overdue: due ${date}`,
      noDueDate: 'no date',
      progress: (done: number, total: number) => `${done} of ${total} lessons done`,
      from: (team: string) => `for ${team}`,
    },
    moments: {
      heading: 'Reflection moments this week',
      empty: 'No reflection moments in the coming seven days.',
      agenda: 'Full schedule',
    },
    agenda: {
      heading: 'On the agenda of the team meeting',
      empty: 'No why-questions are on the agenda. Put one there from the learning board.',
      votes: (count: number) => plural('en', count, { one: '# vote', other: '# votes' }),
      board: 'Go to the learning board',
    },
    lead: {
      heading: (team: string) => `Your team: ${team}`,
      lastPrompt: 'Latest reflection question',
      noPrompt: 'Your team has not had a reflection question yet. Plan one in Team reflection.',
      answered: (answered: number, asked: number) => `${answered} of ${asked} answered`,
      rate: (percent: string) => `Response ${percent}`,
      plan: 'Go to Team reflection',
      toEvaluate: 'Experiments waiting for an evaluation',
      nothingToEvaluate: 'No experiments are waiting for an evaluation.',
      since: (date: string) => `evaluating since ${date}`,
    },
    organisation: {
      heading: (name: string) => `Teams of ${name}`,
      intro: (minimum: number) =>
        `This month so far. A figure from fewer than ${minimum} people is not shown.`,
      team: 'Team',
      members: 'Members',
      modulesCompleted: 'Modules completed',
      participation: 'Reflection participation',
      experimentsStarted: 'Experiments started',
      suppressed: 'too few participants',
      noTeams: 'This organisation has no teams yet.',
      manage: 'Manage teams',
      report: 'Go to Team development',
    },
    platform: {
      heading: 'Platform status',
      ready: 'Leerruimte is ready for use.',
      degraded:
        'Leerruimte works, but background tasks are not running right now. Scheduled reflection moments will be sent later.',
      notReady: 'Leerruimte is not ready yet. A component cannot be reached.',
      retry: 'Check again',
      checkedAt: (time: string) => `Last checked at ${time}`,
      components: {
        database: 'Database',
        redis: 'Queue storage (Redis)',
        migrations: 'Database structure up to date',
        workers: 'Background processing',
        queue: 'Scheduled tasks',
      },
      up: 'fine',
      down: 'not fine',
      activeWorkers: (count: number) =>
        plural('en', count, { one: '# worker active', other: '# workers active' }),
      queues: 'Go to the queues',
    },
  },
);
