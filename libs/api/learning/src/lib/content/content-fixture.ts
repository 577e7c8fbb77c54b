import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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
    '',
  ].join('\n'),
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
  'modules/proefmodule/tweede-les.md': '---\ntitle: De tweede les\nminutes: 6\n---\n\nTekst.\n',
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
