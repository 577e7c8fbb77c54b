import { readContent } from './content-reader';
import { ContentError } from '@leerruimte/api-core';
import { FIXTURE_SVG, fixtureFiles, writeContentTree } from './content-fixture';

function problemsOf(overrides: Record<string, string | null>): string[] {
  try {
    readContent(writeContentTree(overrides));
  } catch (error) {
    if (error instanceof ContentError) {
      return error.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
    }
    throw error;
  }
  throw new Error('the content was accepted');
}

const lesson = 'modules/proefmodule/eerste-les.md';
const secondLesson = 'modules/proefmodule/tweede-les.md';
const closingTest = 'modules/proefmodule/closing-test.yaml';
const figure = 'modules/proefmodule/figures/model.svg';

describe(readContent.name, () => {
  it('reads a valid tree: modules in order, lessons with their blocks, cards', () => {
    const content = readContent(writeContentTree());

    expect(content.cards).toEqual([
      expect.objectContaining({ slug: 'de-bedoeling', theme: 'eigen-handelen', task: null }),
    ]);
    const [proefmodule] = content.modules;
    expect(proefmodule).toMatchObject({ slug: 'proefmodule', version: 1, themes: ['reflectie'] });
    expect(proefmodule.lessons.map((each) => [each.slug, each.minutes])).toEqual([
      ['eerste-les', 5],
      ['tweede-les', 6],
      ['derde-les', 7],
    ]);
    expect(proefmodule.lessons[0].blocks).toEqual([
      { kind: 'text', html: '<p>Een alinea met <strong>nadruk</strong>.</p>\n' },
      { kind: 'reflection', id: 'eerste-vraag', question: 'Wat viel je op deze week?', hint: null },
      { kind: 'card', card: 'de-bedoeling' },
      {
        kind: 'check',
        id: 'kennis',
        question: 'Welke stap komt eerst?',
        options: [
          { text: 'Terugkijken', feedback: 'Nee, eerst is er de ervaring.', correct: false },
          { text: 'Ervaren', feedback: 'Ja, alles begint bij wat je meemaakt.', correct: true },
        ],
      },
    ]);
  });

  it('reads the study load, sources, colophon, closing test and figures', () => {
    const [proefmodule] = readContent(writeContentTree()).modules;

    expect(proefmodule).toMatchObject({
      studyLoadMinutes: 60,
      studyLoadNote: 'Met een opdracht in je eigen werk.',
      sources: [{ title: 'Leren op de werkplek', author: 'Movisie', year: 2018 }],
      colophonHtml: '<p>Geschreven voor Leerruimte, met verzonnen voorbeelden.</p>\n',
    });
    expect(proefmodule.closingTest).toMatchObject({
      minutes: 10,
      passPercent: 70,
      retryAfterMinutes: 60,
    });
    expect(proefmodule.closingTest?.questions[0]).toEqual({
      id: 'vraag-1',
      scenarioHtml: '<p>Yara spreekt Henk voor de 1e keer.</p>\n',
      question: 'Wat doet Yara nu het best?',
      options: [
        { text: 'Goed 1', feedback: 'Uitleg bij keuze 1.', correct: true },
        { text: 'Niet goed, want anders 1', feedback: 'Uitleg bij keuze 2.', correct: false },
        { text: 'Niet goed, want anders 1', feedback: 'Uitleg bij keuze 3.', correct: false },
      ],
    });
    expect(proefmodule.lessons[1].blocks[1]).toEqual({
      kind: 'figure',
      svg: FIXTURE_SVG,
      alt: 'Een groene cirkel met daarnaast het woord Ervaren.',
      caption: null,
    });
  });

  it('reads a module without a closing test', () => {
    expect(readContent(writeContentTree({ [closingTest]: null })).modules[0].closingTest).toBe(
      null,
    );
  });

  it('refuses a module whose right answers are mostly the longest option (answer balance)', () => {
    const unbalanced = fixtureFiles[closingTest].replace(
      /Goed (\d)/g,
      'Goed, en dit is het langste $1',
    );

    const problems = problemsOf({ [closingTest]: unbalanced });

    expect(problems).toContain(
      "modules/proefmodule/closing-test.yaml:5: the correct option is the longest in 8 of the module's 9 questions (at most 40%): make the options similar in length",
    );
    expect(problems.filter((problem) => problem.includes('is the longest'))).toHaveLength(8);
  });

  it.each([
    ['a script', '<svg><script>alert(1)</script></svg>', /holds a script/],
    ['an event attribute', '<svg><rect onclick="x()"/></svg>', /holds an event attribute/],
    [
      'a link elsewhere',
      '<svg><image href="https://x.test/a.png"/></svg>',
      /holds an embedded image/,
    ],
    ['no SVG at all', '<html></html>', /is not an SVG file/],
    ['too many bytes', `<svg>${'<g/>'.repeat(20_000)}</svg>`, /is larger than 60 kB/],
  ])('refuses a figure with %s, at the block line', (_name, svg, expected) => {
    const problems = problemsOf({ [figure]: svg });

    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${secondLesson}:9: src: figures/model.svg ${expected.source}`),
      ),
    ]);
  });

  it.each([
    [
      'a figure file that is missing',
      { [figure]: null },
      /tweede-les\.md:9: src: there is no figures\/model\.svg/,
    ],
    [
      'a study load below the reading time',
      {
        'modules/proefmodule/module.yaml': fixtureFiles['modules/proefmodule/module.yaml'].replace(
          'studyLoadMinutes: 60',
          'studyLoadMinutes: 20',
        ),
      },
      /module\.yaml:\d+: studyLoadMinutes: 20 is less than the lessons and closing test take \(28\)/,
    ],
    [
      'a closing test with too few questions',
      { [closingTest]: fixtureFiles[closingTest].split('  - id: vraag-4')[0] },
      /closing-test\.yaml:\d+: questions: .*8/,
    ],
  ])('names the file and line of %s', (_name, overrides, expected) => {
    expect(problemsOf(overrides)).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });

  it.each([
    [
      'broken YAML',
      { 'modules/proefmodule/module.yaml': 'title: [niet gesloten\n' },
      /^modules\/proefmodule\/module\.yaml:\d+: YAML: /,
    ],
    [
      'a missing field in module.yaml, at its parent',
      {
        'modules/proefmodule/module.yaml': fixtureFiles['modules/proefmodule/module.yaml'].replace(
          'version: 1\n',
          '',
        ),
      },
      /^modules\/proefmodule\/module\.yaml:1: version: /,
    ],
    [
      'an unknown theme, at its line',
      {
        'modules/proefmodule/module.yaml': fixtureFiles['modules/proefmodule/module.yaml'].replace(
          'themes: [reflectie]',
          'themes: [reflectie, koken]',
        ),
      },
      /^modules\/proefmodule\/module\.yaml:4: themes\.1: /,
    ],
    [
      'a listed lesson without its file',
      { 'modules/proefmodule/derde-les.md': null },
      /^modules\/proefmodule\/module\.yaml:11: lessons: there is no derde-les\.md/,
    ],
    [
      'a lesson file that is not listed',
      { 'modules/proefmodule/vierde-les.md': '---\ntitle: Vier\nminutes: 5\n---\n' },
      /^modules\/proefmodule\/vierde-les\.md:1: this lesson is not listed/,
    ],
    [
      'a lesson without front matter',
      { [lesson]: 'Alleen tekst.\n' },
      /^modules\/proefmodule\/eerste-les\.md:1: a lesson starts with front matter/,
    ],
    [
      'lesson minutes out of range',
      { [lesson]: fixtureFiles[lesson].replace('minutes: 5', 'minutes: 45') },
      /^modules\/proefmodule\/eerste-les\.md:3: minutes: /,
    ],
    [
      'an unknown block kind',
      { [lesson]: fixtureFiles[lesson].replace('```reflection', '```reflectie') },
      /^modules\/proefmodule\/eerste-les\.md:8: unknown block kind "reflectie"/,
    ],
    [
      'a block field with a typo, at the block line',
      { [lesson]: fixtureFiles[lesson].replace('question: Wat viel', 'vraag: Wat viel') },
      /^modules\/proefmodule\/eerste-les\.md:9: .*(question|vraag)/,
    ],
    [
      'a check with two right answers',
      {
        [lesson]: fixtureFiles[lesson].replace(
          '    feedback: Nee, eerst is er de ervaring.',
          '    feedback: Nee, eerst is er de ervaring.\n    correct: true',
        ),
      },
      /^modules\/proefmodule\/eerste-les\.md:21: options: exactly one option needs correct: true/,
    ],
    [
      'a card that does not exist',
      { [lesson]: fixtureFiles[lesson].replace('card: de-bedoeling', 'card: bestaat-niet') },
      /^modules\/proefmodule\/eerste-les\.md:14: card: there is no card "bestaat-niet"/,
    ],
    [
      'the same block id twice',
      { [lesson]: fixtureFiles[lesson].replace('id: kennis', 'id: eerste-vraag') },
      /^modules\/proefmodule\/eerste-les\.md:18: id: "eerste-vraag" is already used on line 9/,
    ],
    [
      'a block that is not closed',
      { [lesson]: `${fixtureFiles[lesson]}\n\`\`\`exercise\nid: open\n` },
      /^modules\/proefmodule\/eerste-les\.md:\d+: the "exercise" block is not closed/,
    ],
    [
      'a module folder missing from modules.yaml',
      { 'modules/extra/module.yaml': fixtureFiles['modules/proefmodule/module.yaml'] },
      /^modules\.yaml:1: modules\/extra is not listed in modules\.yaml/,
    ],
    [
      'a card with an unknown theme',
      {
        'cards/de-bedoeling.yaml': fixtureFiles['cards/de-bedoeling.yaml'].replace(
          'eigen-handelen',
          'koffie',
        ),
      },
      /^cards\/de-bedoeling\.yaml:3: theme: /,
    ],
  ])('names the file and line of %s', (_name, overrides, expected) => {
    expect(problemsOf(overrides)).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf({
      [lesson]: fixtureFiles[lesson]
        .replace('minutes: 5', 'minutes: 99')
        .replace('```card', '```kaart'),
      'cards/de-bedoeling.yaml': 'title: x\n',
    });

    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});
