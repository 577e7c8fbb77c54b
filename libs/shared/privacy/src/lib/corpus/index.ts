import { formerHeldOutCorpus } from './former-held-out';
import { heldOutCorpus } from './held-out';
import type { LabelledSentence } from './labelled';
import { tuningCorpus } from './tuning';

export { type CorpusScore, scoreCorpus, scoreTable } from './score';

/** The day the corpus was written: its dates of birth lie before it, its meetings around it. */
export const CORPUS_NOW = new Date('2026-11-22T12:00:00Z');

/** The corpus in the parts it was written in; the unit test and the benchmark score each. */
export const corpusParts: ReadonlyArray<{ name: string; sentences: readonly LabelledSentence[] }> =
  [
    { name: 'tuning', sentences: tuningCorpus },
    { name: 'first held-out, read back', sentences: formerHeldOutCorpus },
    { name: 'held-out', sentences: heldOutCorpus },
  ];

export const wholeCorpus: readonly LabelledSentence[] = corpusParts.flatMap(
  (part) => part.sentences,
);
