import type { CaseDiscussionMethod } from '@leerruimte/shared-contracts';
import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

type StepTexts = Record<string, { name: string; explanation: string }>;

const methodsNl: Record<CaseDiscussionMethod, { name: string; explanation: string }> = {
  incident_method: {
    name: 'Incidentmethode',
    explanation: 'Iemand brengt een kort voorval in; de groep vraagt door en geeft advies.',
  },
  gossip_method: {
    name: 'Roddelmethode',
    explanation:
      'De groep bespreekt de casus alsof de inbrenger er niet bij is; de inbrenger luistert mee.',
  },
};
const methodsEn: Record<CaseDiscussionMethod, { name: string; explanation: string }> = {
  incident_method: {
    name: 'Incident method',
    explanation: 'Someone brings a short incident; the group asks questions and gives advice.',
  },
  gossip_method: {
    name: 'Gossip method',
    explanation:
      'The group discusses the case as if the contributor is not there; the contributor listens.',
  },
};

const stepsNl: StepTexts = {
  incident: {
    name: 'Voorval inbrengen',
    explanation: 'De inbrenger vertelt kort wat er gebeurde en waar het schuurde.',
  },
  case: {
    name: 'Casus inbrengen',
    explanation: 'De inbrenger vertelt de casus en de vraag die erbij hoort.',
  },
  questions: {
    name: 'Vragen stellen',
    explanation: 'De groep vraagt door om het te begrijpen, nog zonder oordeel of advies.',
  },
  core_question: {
    name: 'Kernvraag',
    explanation: 'Samen onder woorden brengen waar het eigenlijk om gaat.',
  },
  own_approach: {
    name: 'Eigen aanpak',
    explanation: 'Ieder zegt hoe hij of zij het zelf zou aanpakken, en waarom.',
  },
  gossip: {
    name: 'Roddelen',
    explanation:
      'De inbrenger luistert alleen; de groep praat vrijuit over ideeën, vermoedens en twijfels.',
  },
  contributor_response: {
    name: 'Reactie van de inbrenger',
    explanation: 'De inbrenger zegt wat hij of zij meeneemt en wat niet.',
  },
  lessons: {
    name: 'Lessen',
    explanation: 'Wat leren we als team, en wat willen we voortaan anders doen?',
  },
};
const stepsEn: StepTexts = {
  incident: {
    name: 'Bring the incident',
    explanation: 'The contributor briefly tells what happened and where it chafed.',
  },
  case: {
    name: 'Bring the case',
    explanation: 'The contributor tells the case and the question that goes with it.',
  },
  questions: {
    name: 'Ask questions',
    explanation: 'The group asks questions to understand, without judgement or advice yet.',
  },
  core_question: {
    name: 'Core question',
    explanation: 'Put into words together what it is really about.',
  },
  own_approach: {
    name: 'Own approach',
    explanation: 'Everyone says how they would approach it themselves, and why.',
  },
  gossip: {
    name: 'Gossip',
    explanation:
      'The contributor only listens; the group talks freely about ideas, hunches and doubts.',
  },
  contributor_response: {
    name: 'Contributor’s response',
    explanation: 'The contributor says what they take along and what not.',
  },
  lessons: {
    name: 'Lessons',
    explanation: 'What do we learn as a team, and what do we want to do differently from now on?',
  },
};

export const caseTexts = defineTexts(
  {
    methods: methodsNl,
    steps: stepsNl,
    listTitle: 'Casussen',
    listIntro:
      'Casussen uit de praktijk om samen van te leren, zonder gegevens van cliënten: geen namen, adressen, geboortedata of andere herkenbare gegevens.',
    newCase: 'Nieuwe casus',
    found: (count: number) => plural('nl', count, { one: '# casus', other: '# casussen' }),
    none: 'Het team heeft nog geen casussen. Breng er een in om samen te bespreken.',
    counts: (questions: number, experiments: number, discussions: number) =>
      [
        plural('nl', questions, { one: '# waarom-vraag', other: '# waarom-vragen' }),
        plural('nl', experiments, { one: '# experiment', other: '# experimenten' }),
        plural('nl', discussions, { one: '# bespreking', other: '# besprekingen' }),
      ].join(' · '),
    newTitle: 'Nieuwe casus',
    newIntro:
      'Beschrijf de situatie zo dat niemand de cliënt kan herkennen. Het gaat om wat jullie deden en waarom.',
    title: 'Titel',
    description: 'Beschrijving',
    descriptionHint: 'Gepseudonimiseerd: geen namen, geboortedata, adressen of andere gegevens.',
    create: 'Casus opslaan',
    editTitle: 'Casus bewerken',
    brought: (name: string, date: string) => `Ingebracht door ${name} op ${date}`,
    linkedQuestions: 'Waarom-vragen bij deze casus',
    noLinkedQuestions: 'Nog geen waarom-vragen bij deze casus.',
    askAbout: 'Waarom-vraag over deze casus',
    linkedExperiments: 'Experimenten bij deze casus',
    noLinkedExperiments: 'Nog geen experimenten bij deze casus.',
    experimentAbout: 'Experiment bij deze casus',
    discussions: 'Casusbesprekingen',
    noDiscussions: 'Deze casus is nog niet besproken.',
    recordedBy: (name: string) => `vastgelegd door ${name}`,
    heldOn: (date: string) => `Besproken op ${date}`,
    record: 'Casusbespreking vastleggen',
    method: 'Methode',
    date: 'Datum van de bespreking',
    stepNotes: (step: string) => `Aantekeningen: ${step}`,
    outcome: 'Uitkomst',
    outcomeHint: 'Wat neemt het team mee uit de bespreking?',
    recordSave: 'Bespreking opslaan',
    intervisie: 'Gehouden als intervisie (optioneel)',
    intervisieHint:
      'Wie er meedeed en hoe lang het duurde. Dan telt de bespreking als reflectie in het leerverslag van elke deelnemer: met de datum, de duur en de titel van de casus, nooit met de tekst.',
    minutes: 'Duur (minuten)',
    membersFailed: 'De teamleden konden niet worden opgehaald.',
    participantsAndMinutes: (names: string, minutes: number) =>
      `Intervisie met ${names} · ${minutes} minuten`,
    recorded: 'De bespreking is vastgelegd.',
    caseWhat: (title: string) => `casus “${title}”`,
  },
  {
    methods: methodsEn,
    steps: stepsEn,
    listTitle: 'Cases',
    listIntro:
      'Cases from practice to learn from together, without client data: no names, addresses, dates of birth or other identifying details.',
    newCase: 'New case',
    found: (count: number) => plural('en', count, { one: '# case', other: '# cases' }),
    none: 'The team has no cases yet. Bring one in to discuss together.',
    counts: (questions: number, experiments: number, discussions: number) =>
      [
        plural('en', questions, { one: '# why-question', other: '# why-questions' }),
        plural('en', experiments, { one: '# experiment', other: '# experiments' }),
        plural('en', discussions, { one: '# discussion', other: '# discussions' }),
      ].join(' · '),
    newTitle: 'New case',
    newIntro:
      'Describe the situation so that no one can recognise the client. It is about what you did and why.',
    title: 'Title',
    description: 'Description',
    descriptionHint: 'Pseudonymised: no names, dates of birth, addresses or other details.',
    create: 'Save case',
    editTitle: 'Edit case',
    brought: (name: string, date: string) => `Brought in by ${name} on ${date}`,
    linkedQuestions: 'Why-questions about this case',
    noLinkedQuestions: 'No why-questions about this case yet.',
    askAbout: 'Why-question about this case',
    linkedExperiments: 'Experiments for this case',
    noLinkedExperiments: 'No experiments for this case yet.',
    experimentAbout: 'Experiment for this case',
    discussions: 'Case discussions',
    noDiscussions: 'This case has not been discussed yet.',
    recordedBy: (name: string) => `recorded by ${name}`,
    heldOn: (date: string) => `Discussed on ${date}`,
    record: 'Record a case discussion',
    method: 'Method',
    date: 'Date of the discussion',
    stepNotes: (step: string) => `Notes: ${step}`,
    outcome: 'Outcome',
    outcomeHint: 'What does the team take from the discussion?',
    recordSave: 'Save discussion',
    intervisie: 'Held as peer consultation (optional)',
    intervisieHint:
      "Who took part and how long it took. Then the discussion counts as reflection in each participant's learning record: with its date, its length and the case's title, never its text.",
    minutes: 'Duration (minutes)',
    membersFailed: 'The team members could not be fetched.',
    participantsAndMinutes: (names: string, minutes: number) =>
      `Peer consultation with ${names} · ${minutes} minutes`,
    recorded: 'The discussion was recorded.',
    caseWhat: (title: string) => `case “${title}”`,
  },
);
