import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError } from '@leerruimte/api-core';
import { readTrainingTemplates } from './template-reader';

const modules = [{ slug: 'sociale-netwerkstrategieen', title: 'Sociale NetwerkStrategieën' }];

/** A content root with the given files under trainings/. */
function contentWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'trainings-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'trainings', path, '..'), { recursive: true });
    writeFileSync(join(root, 'trainings', path), text);
  }
  return root;
}

const twoDays = `title: Netwerken in de wijk
summary: Twee dagen oefenen met het netwerk rond een inwoner.
source: Een bron
preparationModule: sociale-netwerkstrategieen
sessions:
  - title: 'Dag 1: kennismaken'
    startTime: '09:30'
    endTime: '16:30'
    breakMinutes: 60
    guide: dag-1.md
  - title: 'Dag 2: oefenen'
    startTime: '09:30'
    endTime: '12:30'
    breakMinutes: 15
    guide: dag-1.md
`;

function problemsOf(root: string): string[] {
  try {
    readTrainingTemplates(root, modules);
  } catch (error) {
    if (error instanceof ContentError) {
      return error.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
    }
    throw error;
  }
  return [];
}

describe(readTrainingTemplates.name, () => {
  it('reads a template with its sessions, its preparation module and each guide once', () => {
    const root = contentWith({
      'netwerken/training.yaml': twoDays,
      'netwerken/dag-1.md': '## Doel van deze bijeenkomst\n\nHet netwerk **tekenen**.',
    });

    const [template] = readTrainingTemplates(root, modules);

    expect(template).toMatchObject({
      slug: 'netwerken',
      title: 'Netwerken in de wijk',
      preparationModule: modules[0],
      sessions: [
        { title: 'Dag 1: kennismaken', startTime: '09:30', breakMinutes: 60, guide: 'dag-1' },
        { title: 'Dag 2: oefenen', endTime: '12:30', guide: 'dag-1' },
      ],
    });
    expect(template.guides).toEqual([
      {
        slug: 'dag-1',
        title: 'Dag 1: kennismaken · Dag 2: oefenen',
        html: expect.stringContaining('<strong>tekenen</strong>'),
      },
    ]);
  });

  it('has no templates when content/ has no trainings folder', () => {
    expect(readTrainingTemplates(mkdtempSync(join(tmpdir(), 'no-trainings-')), modules)).toEqual(
      [],
    );
  });

  it('names the file and line of every problem at once', () => {
    const root = contentWith({
      'netwerken/training.yaml': twoDays
        .replace('preparationModule: sociale-netwerkstrategieen', 'preparationModule: bestaat-niet')
        .replace("endTime: '12:30'", "endTime: '09:00'")
        .replace('guide: dag-1.md\n  - title', 'guide: dag-0.md\n  - title'),
      'netwerken/dag-1.md': 'Tekst met <script>alert(1)</script>',
      'Hoofdletters/training.yaml': twoDays,
      'zonder-sessies/training.yaml':
        'title: Iets\nsummary: Een korte samenvatting.\nsource: Bron\n',
    });

    expect(problemsOf(root)).toEqual([
      'trainings/Hoofdletters/training.yaml:1: the folder name "Hoofdletters" is not a slug (lower case, digits and hyphens)',
      'trainings/netwerken/training.yaml:4: preparationModule: there is no module "bestaat-niet" in modules.yaml',
      'trainings/netwerken/training.yaml:11: sessions.1.endTime: ends before it starts',
      'trainings/netwerken/training.yaml:10: guide: there is no file dag-0.md here',
      'trainings/netwerken/dag-1.md:1: raw HTML; write Markdown',
      'trainings/zonder-sessies/training.yaml:1: sessions: Invalid input: expected array, received undefined',
    ]);
  });

  it('refuses a time that is not HH:MM', () => {
    const root = contentWith({
      'netwerken/training.yaml': twoDays.replace("startTime: '09:30'", "startTime: '9.30'"),
      'netwerken/dag-1.md': 'Tekst',
    });

    expect(problemsOf(root)).toEqual([
      'trainings/netwerken/training.yaml:7: sessions.0.startTime: a time as HH:MM',
    ]);
  });

  it('refuses a break as long as the session', () => {
    const root = contentWith({
      'netwerken/training.yaml': twoDays.replace('breakMinutes: 15', 'breakMinutes: 180'),
      'netwerken/dag-1.md': 'Tekst',
    });

    expect(problemsOf(root)).toEqual([
      'trainings/netwerken/training.yaml:11: sessions.1.breakMinutes: the break is as long as the session',
    ]);
  });

  it('reads the templates in content/', () => {
    const templates = readTrainingTemplates('content', [
      { slug: 'sociale-netwerkstrategieen', title: 'Sociale NetwerkStrategieën' },
      { slug: 'aan-de-knoppen', title: 'Aan de knoppen' },
      { slug: 'professionele-speelruimte', title: 'Professionele speelruimte' },
    ]);

    expect(templates.map((template) => template.slug)).toEqual([
      'hollen-of-stilstaan',
      'professionele-speelruimte',
      'sociale-netwerkstrategieen',
    ]);
    const sns = templates.find((template) => template.slug === 'sociale-netwerkstrategieen');
    expect(sns?.sessions).toHaveLength(4);
    expect(sns?.guides.map((guide) => guide.slug)).toEqual(['dag-1', 'dag-2-en-3', 'dag-4']);
  });
});
