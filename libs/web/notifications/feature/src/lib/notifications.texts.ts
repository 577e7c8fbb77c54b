import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

export const notificationsTexts = defineTexts(
  {
    title: 'Meldingen',
    intro: 'Wat er voor jou gebeurde in je teams, het nieuwste bovenaan.',
    kind: 'Soort',
    allKinds: 'Alle soorten',
    markAllRead: 'Alles gelezen',
    markRead: 'Gelezen',
    markReadOf: (text: string) => `Markeer als gelezen: ${text}`,
    unread: 'ongelezen',
    unreadCount: (count: number) =>
      plural('nl', count, {
        zero: 'Alles is gelezen.',
        one: '# ongelezen melding',
        other: '# ongelezen meldingen',
      }),
    today: 'Vandaag',
    yesterday: 'Gisteren',
    more: 'Oudere meldingen laden',
    empty:
      'Nog geen meldingen. Vraagt je team je iets, of reageert iemand op je waarom-vraag, dan zie je het hier.',
    emptyKind: 'Geen meldingen van deze soort.',
    failed: 'De meldingen konden niet worden opgehaald. Probeer het opnieuw.',
    retry: 'Opnieuw proberen',
    preferences: 'Kiezen welke meldingen je ook per e-mail krijgt',
    mail: {
      title: 'Ook per e-mail',
      intro: (choice: string) =>
        `Je standaard voor e-mail: ${choice}. Kies per soort melding iets anders, of laat de standaard gelden.`,
      changeDefault: 'Standaard wijzigen',
      asDefault: (choice: string) => `Standaard: ${choice}`,
      saved: 'Opgeslagen',
      failed: 'Je keuze kon niet worden opgeslagen. Probeer het opnieuw.',
      loadFailed: 'Je e-mailkeuzes konden niet worden opgehaald. Laad de pagina opnieuw.',
    },
    unsubscribe: {
      title: 'Afmelden voor mail',
      digest: 'het dagelijkse overzicht',
      question: (what: string) =>
        `Wil je geen mail meer over ${what}? In Leerruimte zelf blijf je ze zien.`,
      confirm: 'Afmelden',
      done: (what: string) => `Je krijgt geen mail meer over ${what}.`,
      unknown:
        'Deze afmeldlink kennen we niet (meer). Log in en kies onder "Meldingen" welke e-mail je wilt krijgen.',
      invalid: 'Deze link is niet compleet. Kopieer hem in zijn geheel uit de mail.',
      account: 'Naar mijn e-mailkeuzes',
    },
  },
  {
    title: 'Notifications',
    intro: 'What happened for you in your teams, newest first.',
    kind: 'Kind',
    allKinds: 'All kinds',
    markAllRead: 'Mark all read',
    markRead: 'Read',
    markReadOf: (text: string) => `Mark as read: ${text}`,
    unread: 'unread',
    unreadCount: (count: number) =>
      plural('en', count, {
        zero: 'All read.',
        one: '# unread notification',
        other: '# unread notifications',
      }),
    today: 'Today',
    yesterday: 'Yesterday',
    more: 'Load older notifications',
    empty:
      'No notifications yet. When your team asks you something, or someone responds to your why-question, it shows here.',
    emptyKind: 'No notifications of this kind.',
    failed: 'The notifications could not be loaded. Please try again.',
    retry: 'Try again',
    preferences: 'Choose which notifications also come by e-mail',
    mail: {
      title: 'Also by e-mail',
      intro: (choice: string) =>
        `Your default for e-mail: ${choice}. Choose otherwise per kind of notification, or keep the default.`,
      changeDefault: 'Change default',
      asDefault: (choice: string) => `Default: ${choice}`,
      saved: 'Saved',
      failed: 'Your choice could not be saved. Please try again.',
      loadFailed: 'Your e-mail choices could not be loaded. Reload the page.',
    },
    unsubscribe: {
      title: 'Unsubscribe from mail',
      digest: 'the daily overview',
      question: (what: string) => `No more mail about ${what}? You keep seeing them in Leerruimte.`,
      confirm: 'Unsubscribe',
      done: (what: string) => `You will get no more mail about ${what}.`,
      unknown:
        'We do not know this unsubscribe link (any more). Log in and choose under "Notifications" which e-mail you want.',
      invalid: 'This link is not complete. Copy all of it from the mail.',
      account: 'Go to my e-mail choices',
    },
  },
);
