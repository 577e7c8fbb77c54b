import { defineTexts } from '@leerruimte/web-shared-i18n';

export const cardsTexts = defineTexts(
  {
    title: 'Denk- en doekaartjes',
    intro:
      'Korte vragen en opdrachten om even bij stil te staan, op het moment dat het ertoe doet. Print ze, leg ze op tafel bij het teamoverleg, of stuur een link naar een collega.',
    allThemes: 'Alle thema’s',
    theme: 'Thema',
    open: (title: string) => `Open kaartje ${title}`,
    back: 'Alle kaartjes',
    print: 'Afdrukken als PDF',
    share: 'Link delen',
    copied: 'De link staat op je klembord.',
    copyFailed: (url: string) => `Kopiëren lukte niet; deel deze link: ${url}`,
  },
  {
    title: 'Think-and-do cards',
    intro:
      'Short questions and tasks to stop and think about, at the moment it matters. Print them, put them on the table at the team meeting, or send a colleague a link.',
    allThemes: 'All themes',
    theme: 'Theme',
    open: (title: string) => `Open card ${title}`,
    back: 'All cards',
    print: 'Print as PDF',
    share: 'Share link',
    copied: 'The link is on your clipboard.',
    copyFailed: (url: string) => `Copying failed; share this link: ${url}`,
  },
);
