import { defineTexts } from '@leerruimte/web-shared-i18n';

export const shellTexts = defineTexts(
  {
    skipToContent: 'Naar de inhoud',
    homeLink: 'Leerruimte, naar de startpagina',
    mainNavigation: 'Hoofdmenu',
    menu: 'Menu',
    platformHeading: 'Platformbeheer',
    nav: {
      today: 'Vandaag',
      start: 'Start',
      learning: 'Leren',
      myLearning: 'Mijn leren',
      teamLearning: 'Teamleren',
      teamReflection: 'Teamreflectie',
      teamDevelopment: 'Teamontwikkeling',
      teamBoard: 'Leerbord',
      prompts: 'Reflecties',
      cards: 'Kaartjes',
      teams: 'Teams beheren',
      organisations: 'Organisaties',
      outbox: 'E-mail',
      queues: 'Wachtrijen',
    },
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    footer: 'Leerruimte — leren op de werkplek voor wijkteams',
    twoFactorNeeded: 'Je bent beheerder: zet tweestapsverificatie aan om je beheerwerk te doen.',
    twoFactorLink: 'Naar mijn account',
    notificationsLabel: (unread: number) =>
      unread === 0 ? 'Meldingen' : `Meldingen, ${unread} ongelezen`,
    noNotifications: 'Geen meldingen.',
    reflectionPrompt: (team: string, question: string) => `Reflectievraag van ${team}: ${question}`,
    reflectionReminder: (team: string, question: string) =>
      `Herinnering, reflectievraag van ${team}: ${question}`,
    moduleAssigned: (by: string, team: string, module: string, due: string | null) =>
      `${by} vraagt je in ${team} de module “${module}” te volgen${due ? `, graag af vóór ${due}` : ''}.`,
    whyQuestionAnswered: (by: string, team: string, question: string) =>
      `${by} reageerde in ${team} op de waarom-vraag “${question}”.`,
    whyQuestionOnAgenda: (team: string, question: string) =>
      `Op de agenda van ${team}: de waarom-vraag “${question}”.`,
    experimentStatusChanged: (by: string, team: string, title: string, status: string) =>
      `${by} zette het experiment “${title}” in ${team} op: ${status}.`,
    experimentStatuses: {
      idea: 'idee',
      planned: 'gepland',
      running: 'loopt',
      evaluating: 'evalueren',
      adopted: 'ingevoerd',
      adapted: 'aangepast',
      stopped: 'gestopt',
    },
    login: 'Inloggen',
    logout: 'Uitloggen',
    profile: 'Mijn account',
    userMenuLabel: (name: string) => `Menu van ${name}`,
    team: 'Team',
  },
  {
    skipToContent: 'Skip to content',
    homeLink: 'Leerruimte, to the start page',
    mainNavigation: 'Main menu',
    menu: 'Menu',
    platformHeading: 'Platform admin',
    nav: {
      today: 'Today',
      start: 'Home',
      learning: 'Learning',
      myLearning: 'My learning',
      teamLearning: 'Team learning',
      teamReflection: 'Team reflection',
      teamDevelopment: 'Team development',
      teamBoard: 'Learning board',
      prompts: 'Reflections',
      cards: 'Cards',
      teams: 'Manage teams',
      organisations: 'Organisations',
      outbox: 'E-mail',
      queues: 'Queues',
    },
    switchLanguage: 'Nederlands',
    switchLanguageLabel: 'Schakel naar Nederlands',
    footer: 'Leerruimte — learning on the job for neighbourhood teams',
    twoFactorNeeded: 'You are an admin: turn on two-factor authentication to do your admin work.',
    twoFactorLink: 'Go to my account',
    notificationsLabel: (unread: number) =>
      unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`,
    noNotifications: 'No notifications.',
    reflectionPrompt: (team: string, question: string) =>
      `Reflection question from ${team}: ${question}`,
    reflectionReminder: (team: string, question: string) =>
      `Reminder, reflection question from ${team}: ${question}`,
    moduleAssigned: (by: string, team: string, module: string, due: string | null) =>
      `${by} asks you to follow the module “${module}” in ${team}${due ? `, please complete by ${due}` : ''}.`,
    whyQuestionAnswered: (by: string, team: string, question: string) =>
      `${by} responded in ${team} to the why-question “${question}”.`,
    whyQuestionOnAgenda: (team: string, question: string) =>
      `On the agenda of ${team}: the why-question “${question}”.`,
    experimentStatusChanged: (by: string, team: string, title: string, status: string) =>
      `${by} set the experiment “${title}” in ${team} to: ${status}.`,
    experimentStatuses: {
      idea: 'idea',
      planned: 'planned',
      running: 'running',
      evaluating: 'evaluating',
      adopted: 'adopted',
      adapted: 'adapted',
      stopped: 'stopped',
    },
    login: 'Log in',
    logout: 'Log out',
    profile: 'My account',
    userMenuLabel: (name: string) => `Menu of ${name}`,
    team: 'Team',
  },
);
