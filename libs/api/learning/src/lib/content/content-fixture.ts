import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A closing test of eight questions whose right answer moves through three places and is never
 * the longest option, as the answer-balance rule asks.
 */
function closingTestFixture(): string {
  const questions = Array.from({ length: 8 }, (_, index) => {
    const right = index % 3;
    const options = [0, 1, 2].map((position) =>
      [
        `      - text: ${position === right ? 'Goed' : 'Niet goed, want anders'} ${index + 1}`,
        `        feedback: Uitleg bij keuze ${position + 1}.`,
        ...(position === right ? ['        correct: true'] : []),
      ].join('\n'),
    );
    return [
      `  - id: vraag-${index + 1}`,
      `    scenario: Yara spreekt Henk voor de ${index + 1}e keer.`,
      '    question: Wat doet Yara nu het best?',
      '    options:',
      ...options,
    ].join('\n');
  });
  return [
    'minutes: 10',
    'passPercent: 70',
    'retryAfterMinutes: 60',
    'questions:',
    ...questions,
    '',
  ].join('\n');
}

export const FIXTURE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><circle cx="25" cy="25" r="20" fill="#2a6"/><text x="50" y="30">Ervaren</text></svg>';

/** A small, valid content tree in a temporary folder, for tests of reading and importing. */
export const fixtureFiles: Record<string, string> = {
  'modules.yaml': 'modules:\n  - proefmodule\n',
  'cards/de-bedoeling.yaml': [
    'title: De bedoeling',
    'question: Wat is hier de bedoeling, voor deze inwoner?',
    'theme: eigen-handelen',
    'moments:',
    '  - voor een besluit over een indicatie',
    '',
  ].join('\n'),
  'modules/proefmodule/module.yaml': [
    'title: Proefmodule',
    'summary: Een kleine module om het importeren mee te testen.',
    'audience: Professionals in wijkteams',
    'themes: [reflectie]',
    'version: 1',
    'learningGoals:',
    '  - Je weet hoe een les is opgebouwd.',
    'lessons:',
    '  - eerste-les',
    '  - tweede-les',
    '  - derde-les',
    'studyLoadMinutes: 60',
    'studyLoadNote: Met een opdracht in je eigen werk.',
    'sources:',
    '  - title: Leren op de werkplek',
    '    author: Movisie',
    '    year: 2018',
    'colophon: Geschreven voor Leerruimte, met verzonnen voorbeelden.',
    '',
  ].join('\n'),
  'modules/proefmodule/closing-test.yaml': closingTestFixture(),
  'modules/proefmodule/figures/model.svg': FIXTURE_SVG,
  'modules/proefmodule/eerste-les.md': [
    '---',
    'title: De eerste les',
    'minutes: 5',
    '---',
    '',
    'Een alinea met **nadruk**.',
    '',
    '```reflection',
    'id: eerste-vraag',
    'question: Wat viel je op deze week?',
    '```',
    '',
    '```card',
    'card: de-bedoeling',
    '```',
    '',
    '```check',
    'id: kennis',
    'question: Welke stap komt eerst?',
    'options:',
    '  - text: Terugkijken',
    '    feedback: Nee, eerst is er de ervaring.',
    '  - text: Ervaren',
    '    feedback: Ja, alles begint bij wat je meemaakt.',
    '    correct: true',
    '```',
    '',
  ].join('\n'),
  'modules/proefmodule/tweede-les.md': [
    '---',
    'title: De tweede les',
    'minutes: 6',
    '---',
    '',
    'Tekst.',
    '',
    '```figure',
    'src: figures/model.svg',
    'alt: Een groene cirkel met daarnaast het woord Ervaren.',
    '```',
    '',
  ].join('\n'),
  'modules/proefmodule/derde-les.md': '---\ntitle: De derde les\nminutes: 7\n---\n\nTekst.\n',
};

export function writeContentTree(overrides: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'leerruimte-content-'));
  for (const [file, text] of Object.entries({ ...fixtureFiles, ...overrides })) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
