import { defineTexts } from '@leerruimte/web-shared-i18n';

export const promptsTexts = defineTexts(
  {
    title: 'Reflecties',
    intro:
      'Vragen van je team om even bij stil te staan. Antwoorden kost een minuut; je antwoord is alleen voor jou, tenzij je het deelt.',
    open: 'Open vragen',
    noneOpen: 'Er staan geen vragen voor je open.',
    linkedMissing:
      'De reflectievraag uit je link is niet voor jou, of bestaat niet meer. Hieronder staan je eigen vragen.',
    linkedClosed: (date: string) =>
      `De reflectievraag uit je link is gesloten op ${date}; je vindt hem onder Eerdere vragen.`,
    past: 'Eerdere vragen',
    nonePast: 'Nog geen eerdere vragen.',
    from: (team: string) => `Van ${team}`,
    until: (date: string) => `open tot ${date}`,
    closedOn: (date: string) => `gesloten op ${date}`,
    yourAnswer: 'Jouw antwoord',
    visibility: 'Wie ziet je antwoord?',
    onlyMe: 'Alleen voor mij',
    shareTeam: 'Delen met mijn team',
    save: 'Antwoord bewaren',
    saved: 'Je antwoord is bewaard.',
    sharedLabel: 'gedeeld met je team',
    privateLabel: 'alleen voor jou',
    noAnswer: 'Niet beantwoord.',
    pulseIntro:
      'Hoe leert jullie team? Geef bij elke stelling aan in hoeverre je het ermee eens bent, van 1 (helemaal niet) tot 5 (helemaal). Je scores zijn anoniem: het team ziet alleen gemiddelden, en alleen als genoeg mensen meededen.',
    scoreLabel: (score: number) =>
      score === 1 ? '1 helemaal niet' : score === 5 ? '5 helemaal' : String(score),
    pickScore: 'Kies een score.',
    sendPulse: 'Teampuls versturen',
    pulseSent: 'Bedankt! Je scores zijn anoniem meegeteld.',
    pulseDone: 'Je hebt de teampuls ingevuld; je scores zijn anoniem meegeteld.',
    calendarTitle: 'In je agenda',
    calendarIntro:
      'Met een agenda-link zie je de reflectiemomenten van de komende weken in je eigen agenda (Outlook, Google, Apple). De link is geheim: deel hem niet.',
    makeLink: 'Agenda-link maken',
    newLink: 'Nieuwe agenda-link maken',
    linkExists: 'Je hebt al een agenda-link. Een nieuwe maken zet de oude uit.',
    yourLink: 'Je agenda-link:',
    copyNow: 'Voeg hem nu toe aan je agenda als abonnement; je ziet hem maar één keer.',
    loading: 'Laden…',
    loadFailed: 'Dit kon niet worden opgehaald. Probeer het opnieuw.',
    retry: 'Opnieuw proberen',
  },
  {
    title: 'Reflections',
    intro:
      'Questions from your team to take a moment for. Answering takes a minute; your answer is yours alone, unless you share it.',
    open: 'Open questions',
    noneOpen: 'No questions are open for you.',
    linkedMissing:
      'The reflection question in your link is not yours, or no longer exists. Your own questions are below.',
    linkedClosed: (date: string) =>
      `The reflection question in your link closed on ${date}; you find it under Earlier questions.`,
    past: 'Earlier questions',
    nonePast: 'No earlier questions yet.',
    from: (team: string) => `From ${team}`,
    until: (date: string) => `open until ${date}`,
    closedOn: (date: string) => `closed on ${date}`,
    yourAnswer: 'Your answer',
    visibility: 'Who sees your answer?',
    onlyMe: 'Only me',
    shareTeam: 'Share with my team',
    save: 'Save answer',
    saved: 'Your answer is saved.',
    sharedLabel: 'shared with your team',
    privateLabel: 'only for you',
    noAnswer: 'Not answered.',
    pulseIntro:
      'How does your team learn? For each statement, say how much you agree, from 1 (not at all) to 5 (completely). Your scores are anonymous: the team sees averages only, and only when enough people took part.',
    scoreLabel: (score: number) =>
      score === 1 ? '1 not at all' : score === 5 ? '5 completely' : String(score),
    pickScore: 'Choose a score.',
    sendPulse: 'Send team pulse',
    pulseSent: 'Thank you! Your scores were counted anonymously.',
    pulseDone: 'You filled in the team pulse; your scores were counted anonymously.',
    calendarTitle: 'In your calendar',
    calendarIntro:
      'With a calendar link you see the reflection moments of the coming weeks in your own calendar (Outlook, Google, Apple). The link is secret: do not share it.',
    makeLink: 'Make a calendar link',
    newLink: 'Make a new calendar link',
    linkExists: 'You already have a calendar link. Making a new one switches the old one off.',
    yourLink: 'Your calendar link:',
    copyNow: 'Add it to your calendar as a subscription now; you see it only this once.',
    loading: 'Loading…',
    loadFailed: 'This could not be fetched. Try again.',
    retry: 'Try again',
  },
);
