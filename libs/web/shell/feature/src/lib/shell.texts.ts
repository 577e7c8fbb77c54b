import { defineTexts } from '@leerruimte/web-shared-i18n';

export const shellTexts = defineTexts(
  {
    skipToContent: 'Naar de inhoud',
    homeLink: 'Leerruimte, naar de startpagina',
    mainNavigation: 'Hoofdmenu',
    nav: {
      start: 'Start',
      teams: 'Teams beheren',
      organisations: 'Organisaties',
      outbox: 'E-mail',
    },
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    footer: 'Leerruimte — leren op de werkplek voor wijkteams',
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
    nav: { start: 'Home', teams: 'Manage teams', organisations: 'Organisations', outbox: 'E-mail' },
    switchLanguage: 'Nederlands',
    switchLanguageLabel: 'Schakel naar Nederlands',
    footer: 'Leerruimte — learning on the job for neighbourhood teams',
    login: 'Log in',
    logout: 'Log out',
    profile: 'My account',
    userMenuLabel: (name: string) => `Menu of ${name}`,
    team: 'Team',
  },
);
