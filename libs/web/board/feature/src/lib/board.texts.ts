import type {
  Author,
  BoardTheme,
  ExperimentDecision,
  ExperimentStatus,
  WhyQuestionStatus,
} from '@leerruimte/shared-contracts';
import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

const themesNl: Record<BoardTheme, string> = {
  approach: 'Aanpak',
  collaboration: 'Samenwerking',
  rules: 'Regels en kaders',
  ethics: 'Ethiek/moraal',
  own_practice: 'Eigen handelen',
};
const themesEn: Record<BoardTheme, string> = {
  approach: 'Approach',
  collaboration: 'Collaboration',
  rules: 'Rules and frameworks',
  ethics: 'Ethics/morals',
  own_practice: 'Own practice',
};

const questionStatusesNl: Record<WhyQuestionStatus, string> = {
  open: 'Open',
  on_agenda: 'Op de agenda',
  discussed: 'Besproken',
  in_experiment: 'Experiment',
};
const questionStatusesEn: Record<WhyQuestionStatus, string> = {
  open: 'Open',
  on_agenda: 'On the agenda',
  discussed: 'Discussed',
  in_experiment: 'Experiment',
};

const experimentStatusesNl: Record<ExperimentStatus, string> = {
  idea: 'Idee',
  planned: 'Gepland',
  running: 'Loopt',
  evaluating: 'Evalueren',
  adopted: 'Ingevoerd',
  adapted: 'Aangepast',
  stopped: 'Gestopt',
};
const experimentStatusesEn: Record<ExperimentStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  running: 'Running',
  evaluating: 'Evaluating',
  adopted: 'Adopted',
  adapted: 'Adapted',
  stopped: 'Stopped',
};

const decisionsNl: Record<ExperimentDecision, string> = {
  adopted: 'Invoeren',
  adapted: 'Aanpassen',
  stopped: 'Stoppen',
};
const decisionsEn: Record<ExperimentDecision, string> = {
  adopted: 'Adopt',
  adapted: 'Adapt',
  stopped: 'Stop',
};

/** Words every page of the learning board shares: themes, statuses, loading, moderation. */
export const boardTexts = defineTexts(
  {
    themes: themesNl,
    questionStatuses: questionStatusesNl,
    experimentStatuses: experimentStatusesNl,
    decisions: decisionsNl,
    theme: 'Thema',
    allThemes: 'Alle thema’s',
    noTheme: 'Geen thema',
    status: 'Status',
    allStatuses: 'Alle statussen',
    loading: 'Laden…',
    board: 'Leerbord',
    questions: 'Waarom-vragen',
    cases: 'Casussen',
    experiments: 'Experimenten',
    history: 'Wat we leerden',
    toStart: 'Naar je startpagina',
    by: (name: string, date: string) => `${name}, ${date}`,
    author: (author: Author) => author.name ?? 'Oud-teamlid',
    cancel: 'Annuleren',
    save: 'Opslaan',
    saved: 'Opgeslagen.',
    edit: 'Bewerken',
    clearFilters: 'Filters wissen',
    filters: 'Filters',
    hide: 'Verbergen',
    hideLabel: (what: string) => `Verbergen: ${what}`,
    hideReason: 'Reden om te verbergen',
    hideHint: 'De reden ziet iedereen in het team in plaats van de tekst.',
    hideConfirm: 'Verbergen bevestigen',
    hiddenBy: (reason: string) => `Verborgen door de teamleider: ${reason}`,
    hiddenTitle: 'Verborgen',
  },
  {
    themes: themesEn,
    questionStatuses: questionStatusesEn,
    experimentStatuses: experimentStatusesEn,
    decisions: decisionsEn,
    theme: 'Theme',
    allThemes: 'All themes',
    noTheme: 'No theme',
    status: 'Status',
    allStatuses: 'All statuses',
    loading: 'Loading…',
    board: 'Learning board',
    questions: 'Why-questions',
    cases: 'Cases',
    experiments: 'Experiments',
    history: 'What we learned',
    toStart: 'To your start page',
    by: (name: string, date: string) => `${name}, ${date}`,
    author: (author: Author) => author.name ?? 'Former team member',
    cancel: 'Cancel',
    save: 'Save',
    saved: 'Saved.',
    edit: 'Edit',
    clearFilters: 'Clear filters',
    filters: 'Filters',
    hide: 'Hide',
    hideLabel: (what: string) => `Hide: ${what}`,
    hideReason: 'Reason for hiding',
    hideHint: 'Everyone in the team sees the reason instead of the text.',
    hideConfirm: 'Confirm hiding',
    hiddenBy: (reason: string) => `Hidden by the team leader: ${reason}`,
    hiddenTitle: 'Hidden',
  },
);

/** The board page itself and the history of what the team learned. */
export const boardPageTexts = defineTexts(
  {
    title: (team: string) => (team ? `Leerbord van ${team}` : 'Leerbord'),
    intro:
      'Hier houdt het team bij waar het over nadenkt: waarom-vragen over het eigen werk, casussen en kleine experimenten. Stem op de vragen die je in het teamoverleg wilt bespreken.',
    newQuestion: 'Nieuwe waarom-vraag',
    newExperiment: 'Nieuw experiment',
    newCase: 'Nieuwe casus',
    openQuestions: 'Open waarom-vragen',
    openQuestionsIntro: 'De vragen met de meeste stemmen staan bovenaan.',
    noQuestions:
      'Nog geen open waarom-vragen. Waar loop je tegenaan in je werk? Stel de eerste vraag.',
    allQuestions: 'Alle waarom-vragen',
    votes: (count: number) => plural('nl', count, { one: '# stem', other: '# stemmen' }),
    answers: (count: number) => plural('nl', count, { one: '# antwoord', other: '# antwoorden' }),
    vote: 'Stem',
    unvote: 'Stem intrekken',
    voteLabel: (question: string) => `Stem op: ${question}`,
    unvoteLabel: (question: string) => `Stem intrekken op: ${question}`,
    activeExperiments: 'Lopende experimenten',
    noExperiments:
      'Er loopt nog geen experiment. Probeer iets kleins uit en kijk wat het oplevert: begin een experiment.',
    allExperiments: 'Alle experimenten',
    participants: (count: number) =>
      plural('nl', count, { one: '# deelnemer', other: '# deelnemers' }),
    recentLearnings: 'Recent geleerd',
    noLearnings:
      'Nog niets vastgelegd. Wat een besproken vraag of een geëvalueerd experiment oplevert, komt hier te staan.',
    allLearnings: 'Alles wat we leerden, doorzoeken en downloaden',
    casesLink: 'Casussen van het team',
    settingsTitle: 'Instellingen',
    agendaBy: 'Wie zet vragen op de agenda en rondt ze af?',
    agendaByLead: 'De teamleider',
    agendaByMembers: 'Iedereen in het team',
    saveSettings: 'Instelling opslaan',
    historyTitle: 'Wat we leerden',
    historyIntro:
      'Conclusies van besproken waarom-vragen en evaluaties van experimenten, nieuwste eerst. Zo blijft wat het team leerde bewaard, ook als mensen vertrekken.',
    search: 'Zoeken in wat we leerden',
    searchHint: 'In vragen, titels en wat we leerden',
    found: (count: number) => plural('nl', count, { one: '# resultaat', other: '# resultaten' }),
    noneFound: 'Niets gevonden. Probeer andere woorden of haal het thema-filter weg.',
    noHistory: 'Het team heeft nog niets vastgelegd.',
    downloadPdf: 'Download als PDF',
    downloadMarkdown: 'Download als Markdown',
    downloads: 'Downloaden',
    downloadIntro: 'Met het gekozen thema-filter.',
    learningKind: { why_question: 'Waarom-vraag', experiment: 'Experiment' },
    decision: (decision: string) => `Besluit: ${decision}`,
  },
  {
    title: (team: string) => (team ? `Learning board of ${team}` : 'Learning board'),
    intro:
      'This is where the team keeps track of what it thinks about: why-questions about its own work, cases and small experiments. Vote for the questions you want to discuss in the team meeting.',
    newQuestion: 'New why-question',
    newExperiment: 'New experiment',
    newCase: 'New case',
    openQuestions: 'Open why-questions',
    openQuestionsIntro: 'The questions with the most votes come first.',
    noQuestions:
      'No open why-questions yet. What do you run into in your work? Ask the first question.',
    allQuestions: 'All why-questions',
    votes: (count: number) => plural('en', count, { one: '# vote', other: '# votes' }),
    answers: (count: number) => plural('en', count, { one: '# answer', other: '# answers' }),
    vote: 'Vote',
    unvote: 'Withdraw vote',
    voteLabel: (question: string) => `Vote for: ${question}`,
    unvoteLabel: (question: string) => `Withdraw vote for: ${question}`,
    activeExperiments: 'Active experiments',
    noExperiments:
      'No experiment is running yet. Try something small and see what it brings: start an experiment.',
    allExperiments: 'All experiments',
    participants: (count: number) =>
      plural('en', count, { one: '# participant', other: '# participants' }),
    recentLearnings: 'Recently learned',
    noLearnings:
      'Nothing recorded yet. What a discussed question or an evaluated experiment yields will appear here.',
    allLearnings: 'Search and download everything we learned',
    casesLink: 'Cases of the team',
    settingsTitle: 'Settings',
    agendaBy: 'Who puts questions on the agenda and concludes them?',
    agendaByLead: 'The team leader',
    agendaByMembers: 'Everyone in the team',
    saveSettings: 'Save setting',
    historyTitle: 'What we learned',
    historyIntro:
      'Conclusions of discussed why-questions and evaluations of experiments, newest first. This way what the team learned is kept, even when people leave.',
    search: 'Search what we learned',
    searchHint: 'In questions, titles and what we learned',
    found: (count: number) => plural('en', count, { one: '# result', other: '# results' }),
    noneFound: 'Nothing found. Try other words or remove the theme filter.',
    noHistory: 'The team has not recorded anything yet.',
    downloadPdf: 'Download as PDF',
    downloadMarkdown: 'Download as Markdown',
    downloads: 'Download',
    downloadIntro: 'With the chosen theme filter.',
    learningKind: { why_question: 'Why-question', experiment: 'Experiment' },
    decision: (decision: string) => `Decision: ${decision}`,
  },
);
