import type { ExperimentStatus } from '@leerruimte/shared-contracts';
import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

type Done = 'yes' | 'partly' | 'no';

const movesNl = (to: ExperimentStatus, from: ExperimentStatus): string => {
  switch (to) {
    case 'idea':
      return 'Terug naar idee';
    case 'planned':
      return 'Naar gepland';
    case 'running':
      return from === 'evaluating' ? 'Verder laten lopen' : 'Experiment starten';
    case 'evaluating':
      return 'Naar evalueren';
    default:
      return 'Stoppen';
  }
};
const movesEn = (to: ExperimentStatus, from: ExperimentStatus): string => {
  switch (to) {
    case 'idea':
      return 'Back to idea';
    case 'planned':
      return 'To planned';
    case 'running':
      return from === 'evaluating' ? 'Keep it running' : 'Start the experiment';
    case 'evaluating':
      return 'To evaluation';
    default:
      return 'Stop';
  }
};

const doneNl: Record<Done, string> = { yes: 'Ja', partly: 'Deels', no: 'Nee' };
const doneEn: Record<Done, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

export const experimentTexts = defineTexts(
  {
    listTitle: 'Experimenten',
    listIntro:
      'Kleine, bewuste probeersels: wat proberen we, wat verwachten we, en wat leverde het op?',
    newExperiment: 'Nieuw experiment',
    found: (count: number) => plural('nl', count, { one: '# experiment', other: '# experimenten' }),
    none: 'Het team heeft nog geen experimenten. Begin met iets kleins.',
    noneFound: 'Geen experimenten met deze filters.',
    participants: (count: number) =>
      plural('nl', count, { one: '# deelnemer', other: '# deelnemers' }),
    observations: (count: number) =>
      plural('nl', count, { one: '# waarneming', other: '# waarnemingen' }),
    period: (start: string, end: string) => `${start} – ${end}`,
    from: (start: string) => `Vanaf ${start}`,
    newTitle: 'Nieuw experiment',
    newIntro:
      'Beschrijf wat je wilt proberen en wat je ervan verwacht. Houd het klein: een paar weken, met een paar collega’s.',
    followUpOf: 'Volgende ronde van',
    fromQuestion: 'Komt voort uit de waarom-vraag',
    fromCase: 'Hoort bij de casus',
    title: 'Titel',
    situation: 'Situatie',
    situationHint: 'Wat speelt er in de praktijk dat om iets anders vraagt?',
    intendedEffect: 'Beoogd effect',
    intendedEffectHint: 'Wat wil je bereiken, voor inwoners of voor het team?',
    whatWeTry: 'Wat we proberen',
    prediction: 'Voorspelling',
    predictionHint: 'Wat denk je dat er gebeurt?',
    howWeKnow: 'Hoe we het merken',
    howWeKnowHint: 'Waar kijken we naar, wat tellen we?',
    measureName: 'Naam van de meting',
    measureNameHint: 'Bijvoorbeeld “wachttijd in dagen”; de metingen komen in een grafiek.',
    roles: 'Wie doet wat',
    participantsLegend: 'Deelnemers',
    membersFailed: 'De teamleden konden niet worden opgehaald.',
    startDate: 'Startdatum',
    endDate: 'Einddatum',
    create: 'Experiment opslaan',
    savePlan: 'Plan opslaan',
    editPlan: 'Plan bewerken',
    plan: 'Het plan',
    notFilled: '—',
    status: 'Status',
    stepperLabel: 'Voortgang van het experiment',
    stepDecision: 'Besluit',
    currentStep: '(huidige stap)',
    doneStep: '(gedaan)',
    nextSteps: 'Volgende stap',
    move: movesNl,
    confirmStop: 'Dit experiment stoppen? Dat kan niet worden teruggedraaid.',
    statusChanged: (status: string) => `De status is nu: ${status}.`,
    owner: 'Gestart door',
    linked: 'Verbonden met',
    previous: 'Vorig experiment',
    followUps: 'Vervolgexperimenten',
    logbook: 'Logboek',
    noLogEntries: 'Nog geen waarnemingen.',
    addObservation: 'Waarneming toevoegen',
    observedOn: 'Datum',
    observation: 'Wat zag of merkte je?',
    observationAdded: 'Waarneming toegevoegd.',
    logEntryBy: (name: string) => `waarneming van ${name}`,
    measurements: 'Metingen',
    noMeasure: 'meting',
    noPoints: 'Nog geen metingen.',
    addDataPoint: 'Meting toevoegen',
    measuredOn: 'Datum',
    value: 'Waarde',
    note: 'Notitie',
    pointAdded: 'Meting toegevoegd.',
    chartTitle: (measure: string) => `Run chart: ${measure || 'meting'}`,
    chartDescription: (
      count: number,
      first: string,
      last: string,
      median: string,
      shifts: number,
    ) =>
      `${plural('nl', count, { one: '# meting', other: '# metingen' })} van ${first} tot ${last}. Mediaan ${median}. ${
        shifts === 0
          ? 'Geen verschuiving.'
          : shifts === 1
            ? 'Eén verschuiving: zes of meer metingen op rij aan één kant van de mediaan.'
            : `${shifts} verschuivingen: telkens zes of meer metingen op rij aan één kant van de mediaan.`
      }`,
    medianLabel: (median: string) => `mediaan ${median}`,
    tableCaption: (measure: string) => `Metingen: ${measure || 'meting'}`,
    date: 'Datum',
    signal: 'Signaal',
    inShift: {
      above: 'Verschuiving boven de mediaan',
      below: 'Verschuiving onder de mediaan',
    },
    legendPoint: 'meting',
    legendShift: 'deel van een verschuiving',
    legendMedian: 'mediaan',
    evaluation: 'Evaluatie',
    evaluationIntro: 'Kijk samen terug: wat gebeurde er, wat leerden we, en wat doen we ermee?',
    doneAsPlanned: 'Uitgevoerd zoals gepland?',
    done: doneNl,
    comparedWithPrediction: 'Wat gebeurde er, vergeleken met de voorspelling?',
    learned: 'Wat hebben we geleerd?',
    decision: 'Besluit',
    decisionHints: {
      adopted: 'Invoeren: we gaan zo werken.',
      adapted: 'Aanpassen: we gaan verder met een aangepaste versie.',
      stopped: 'Stoppen: we gaan het niet zo doen.',
    },
    saveEvaluation: 'Evaluatie opslaan',
    evaluatedBy: (name: string, date: string) => `Geëvalueerd door ${name} op ${date}`,
    nextExperiment: 'Volgend experiment starten',
    experimentWhat: (title: string) => `experiment “${title}”`,
  },
  {
    listTitle: 'Experiments',
    listIntro:
      'Small, deliberate try-outs: what do we try, what do we expect, and what did it yield?',
    newExperiment: 'New experiment',
    found: (count: number) => plural('en', count, { one: '# experiment', other: '# experiments' }),
    none: 'The team has no experiments yet. Start with something small.',
    noneFound: 'No experiments with these filters.',
    participants: (count: number) =>
      plural('en', count, { one: '# participant', other: '# participants' }),
    observations: (count: number) =>
      plural('en', count, { one: '# observation', other: '# observations' }),
    period: (start: string, end: string) => `${start} – ${end}`,
    from: (start: string) => `From ${start}`,
    newTitle: 'New experiment',
    newIntro:
      'Describe what you want to try and what you expect from it. Keep it small: a few weeks, with a few colleagues.',
    followUpOf: 'Next round of',
    fromQuestion: 'Comes from the why-question',
    fromCase: 'Belongs to the case',
    title: 'Title',
    situation: 'Situation',
    situationHint: 'What is going on in practice that asks for something else?',
    intendedEffect: 'Intended effect',
    intendedEffectHint: 'What do you want to achieve, for residents or for the team?',
    whatWeTry: 'What we try',
    prediction: 'Prediction',
    predictionHint: 'What do you think will happen?',
    howWeKnow: 'How we will notice',
    howWeKnowHint: 'What do we look at, what do we count?',
    measureName: 'Name of the measure',
    measureNameHint: 'For example “waiting time in days”; the measurements go into a chart.',
    roles: 'Who does what',
    participantsLegend: 'Participants',
    membersFailed: 'The team members could not be loaded.',
    startDate: 'Start date',
    endDate: 'End date',
    create: 'Save experiment',
    savePlan: 'Save plan',
    editPlan: 'Edit plan',
    plan: 'The plan',
    notFilled: '—',
    status: 'Status',
    stepperLabel: 'Progress of the experiment',
    stepDecision: 'Decision',
    currentStep: '(current step)',
    doneStep: '(done)',
    nextSteps: 'Next step',
    move: movesEn,
    confirmStop: 'Stop this experiment? This cannot be undone.',
    statusChanged: (status: string) => `The status is now: ${status}.`,
    owner: 'Started by',
    linked: 'Connected to',
    previous: 'Previous experiment',
    followUps: 'Follow-up experiments',
    logbook: 'Logbook',
    noLogEntries: 'No observations yet.',
    addObservation: 'Add observation',
    observedOn: 'Date',
    observation: 'What did you see or notice?',
    observationAdded: 'Observation added.',
    logEntryBy: (name: string) => `observation by ${name}`,
    measurements: 'Measurements',
    noMeasure: 'measure',
    noPoints: 'No measurements yet.',
    addDataPoint: 'Add measurement',
    measuredOn: 'Date',
    value: 'Value',
    note: 'Note',
    pointAdded: 'Measurement added.',
    chartTitle: (measure: string) => `Run chart: ${measure || 'measure'}`,
    chartDescription: (
      count: number,
      first: string,
      last: string,
      median: string,
      shifts: number,
    ) =>
      `${plural('en', count, { one: '# measurement', other: '# measurements' })} from ${first} to ${last}. Median ${median}. ${
        shifts === 0
          ? 'No shift.'
          : shifts === 1
            ? 'One shift: six or more measurements in a row on one side of the median.'
            : `${shifts} shifts: each six or more measurements in a row on one side of the median.`
      }`,
    medianLabel: (median: string) => `median ${median}`,
    tableCaption: (measure: string) => `Measurements: ${measure || 'measure'}`,
    date: 'Date',
    signal: 'Signal',
    inShift: {
      above: 'Shift above the median',
      below: 'Shift below the median',
    },
    legendPoint: 'measurement',
    legendShift: 'part of a shift',
    legendMedian: 'median',
    evaluation: 'Evaluation',
    evaluationIntro:
      'Look back together: what happened, what did we learn, and what do we do with it?',
    doneAsPlanned: 'Carried out as planned?',
    done: doneEn,
    comparedWithPrediction: 'What happened, compared with the prediction?',
    learned: 'What did we learn?',
    decision: 'Decision',
    decisionHints: {
      adopted: 'Adopt: this is how we will work.',
      adapted: 'Adapt: we continue with an adapted version.',
      stopped: 'Stop: we will not do it this way.',
    },
    saveEvaluation: 'Save evaluation',
    evaluatedBy: (name: string, date: string) => `Evaluated by ${name} on ${date}`,
    nextExperiment: 'Start the next experiment',
    experimentWhat: (title: string) => `experiment “${title}”`,
  },
);
