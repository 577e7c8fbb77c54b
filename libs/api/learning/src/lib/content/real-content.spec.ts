import { ContentError } from '@leerruimte/api-core';
import { readContent } from './content-reader';

/**
 * The repository's own content/ (tests run from the workspace root), checked as the importer
 * checks it, in every unit-test run.
 */
describe('content/', () => {
  it('has no problems', () => {
    let problems: string[] = [];
    try {
      readContent('content');
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every module a closing test and an illustrated model where the issue asks for one', () => {
    const { modules } = readContent('content');
    expect(modules.filter((module) => !module.closingTest).map((module) => module.slug)).toEqual(
      [],
    );
    const figures = modules.flatMap((module) =>
      module.lessons.flatMap((lesson) =>
        lesson.blocks.filter((block) => block.kind === 'figure').map(() => module.slug),
      ),
    );
    expect(new Set(figures)).toEqual(
      new Set([
        'sociale-netwerkstrategieen',
        'bewust-leren',
        'aan-de-knoppen',
        'leren-van-experimenten',
      ]),
    );
  });
});
