import { type ClientDataFinding, type ClientDataKind, clientDataKinds } from '../kinds';
import type { LabelledSentence } from './labelled';

/**
 * Scores the guard on a labelled corpus, per sentence, the way issue 16 counts:
 * - a sentence with client data is found when a finding of one of its labelled kinds is in it;
 * - a finding in a sentence without client data is a false positive.
 * Per kind the same, strictly: found means a finding of that kind, and a finding of that kind in
 * a sentence not labelled with it is a false positive (also when the sentence has other data).
 */

export interface Score {
  label: string;
  /** Sentences that hold this kind (overall: any client data). */
  positives: number;
  found: number;
  falsePositives: number;
  recall: number;
  precision: number;
}

export interface CorpusScore {
  sentences: number;
  negatives: number;
  overall: Score;
  perKind: Score[];
  /** Sentences the guard got wrong, for reading back while tuning. */
  mistakes: Array<{
    text: string;
    labelled: readonly ClientDataKind[];
    found: ClientDataFinding[];
  }>;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

function score(label: string, positives: number, found: number, falsePositives: number): Score {
  return {
    label,
    positives,
    found,
    falsePositives,
    recall: ratio(found, positives),
    precision: ratio(found, found + falsePositives),
  };
}

export function scoreCorpus(
  corpus: readonly LabelledSentence[],
  find: (text: string) => ClientDataFinding[],
): CorpusScore {
  const perKind = new Map(
    clientDataKinds.map((kind) => [kind, { positives: 0, found: 0, falsePositives: 0 }]),
  );
  let positives = 0;
  let found = 0;
  let falsePositives = 0;
  const mistakes: CorpusScore['mistakes'] = [];
  for (const { text, kinds } of corpus) {
    const findings = find(text);
    const foundKinds = new Set(findings.map((finding) => finding.kind));
    let wrong = false;
    for (const [kind, counts] of perKind) {
      if (kinds.includes(kind)) {
        counts.positives++;
        if (foundKinds.has(kind)) counts.found++;
        else wrong = true;
      } else if (foundKinds.has(kind)) {
        counts.falsePositives++;
        wrong = true;
      }
    }
    if (kinds.length > 0) {
      positives++;
      if (kinds.some((kind) => foundKinds.has(kind))) found++;
    } else if (findings.length > 0) {
      falsePositives++;
    }
    if (wrong) mistakes.push({ text, labelled: kinds, found: findings });
  }
  return {
    sentences: corpus.length,
    negatives: corpus.length - positives,
    overall: score('overall', positives, found, falsePositives),
    perKind: [...perKind].map(([kind, counts]) =>
      score(kind, counts.positives, counts.found, counts.falsePositives),
    ),
    mistakes,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The score as a Markdown table: recall and precision per kind, then overall. */
export function scoreTable(title: string, { sentences, negatives, overall, perKind }: CorpusScore) {
  const header = ['kind', 'sentences', 'found', 'false pos.', 'recall', 'precision'];
  const rows = [...perKind, overall].map((row) => [
    row.label,
    String(row.positives),
    String(row.found),
    String(row.falsePositives),
    percent(row.recall),
    percent(row.precision),
  ]);
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  return [
    `${title}: ${sentences} sentences, ${negatives} without client data (${percent(negatives / sentences)})`,
    '',
    line(header),
    `| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}
