import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

export const searchTexts = defineTexts(
  {
    title: 'Zoeken',
    field: 'Zoek in Leerruimte',
    hint: 'Een woord zoekt ook langere woorden: “netwerk” vindt “netwerken”.',
    search: 'Zoeken',
    kind: 'Soort',
    allKinds: 'Alles',
    kinds: {
      module: 'Module',
      lesson: 'Les',
      card: 'Kaartje',
      why_question: 'Waarom-vraag',
      case: 'Casus',
      experiment: 'Experiment',
      journal: 'Mijn logboek',
    },
    kindFilters: {
      module: 'Modules',
      lesson: 'Lessen',
      card: 'Kaartjes',
      why_question: 'Waarom-vragen',
      case: 'Casussen',
      experiment: 'Experimenten',
      journal: 'Mijn logboek',
    },
    start:
      'Zoek in de modules en lessen, de kaartjes, het leerbord van je teams (waarom-vragen, casussen en experimenten) en je eigen logboek.',
    tooShort: (min: number) => `Typ minstens ${min} tekens.`,
    found: (count: number, more: boolean) =>
      more
        ? `Meer dan ${count} resultaten; de beste ${count} staan hieronder.`
        : plural('nl', count, { one: '# resultaat', other: '# resultaten' }),
    narrow: 'Maak je zoekvraag preciezer of kies een soort om de rest te vinden.',
    nothingFound: (q: string) => `Niets gevonden voor “${q}”.`,
    nothingFoundTips:
      'Controleer de spelling, gebruik minder of andere woorden, of zoek in alle soorten.',
    searchEverything: 'Zoek in alles',
    teamContext: (team: string) => `Leerbord van ${team}`,
  },
  {
    title: 'Search',
    field: 'Search Leerruimte',
    hint: 'A word also finds longer words: “netwerk” finds “netwerken”.',
    search: 'Search',
    kind: 'Kind',
    allKinds: 'Everything',
    kinds: {
      module: 'Module',
      lesson: 'Lesson',
      card: 'Card',
      why_question: 'Why-question',
      case: 'Case',
      experiment: 'Experiment',
      journal: 'My journal',
    },
    kindFilters: {
      module: 'Modules',
      lesson: 'Lessons',
      card: 'Cards',
      why_question: 'Why-questions',
      case: 'Cases',
      experiment: 'Experiments',
      journal: 'My journal',
    },
    start:
      'Search the modules and lessons, the cards, your teams’ learning boards (why-questions, cases and experiments) and your own journal. The content is Dutch, so search in Dutch.',
    tooShort: (min: number) => `Type at least ${min} characters.`,
    found: (count: number, more: boolean) =>
      more
        ? `More than ${count} results; the best ${count} are below.`
        : plural('en', count, { one: '# result', other: '# results' }),
    narrow: 'Make your search more precise or choose a kind to find the rest.',
    nothingFound: (q: string) => `Nothing found for “${q}”.`,
    nothingFoundTips: 'Check the spelling, use fewer or other words, or search everything.',
    searchEverything: 'Search everything',
    teamContext: (team: string) => `Learning board of ${team}`,
  },
);
