// npm run bench:privacy: the privacy guard (@leerruimte/shared-privacy) on its labelled corpus of
// wijkteam sentences: recall and precision per kind, for the whole corpus and each part, and the
// time it takes per sentence, per paragraph and per long text. Runs the library's TypeScript
// source directly with Node 24's type stripping: no build, no bundler.
import nodeModule from 'node:module';
import { cpus } from 'node:os';
import { assertNode24 } from '../tools/scripts/lib/processes.mjs';
import { percentile } from './lib/stats.mjs';

assertNode24();

// The library imports its files without an extension, as bundlers allow; Node needs the ".ts".
nodeModule.registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.')) throw error;
      return next(`${specifier}.ts`, context);
    }
  },
  load(url, context, next) {
    return next(url, url.endsWith('.ts') ? { ...context, format: 'module-typescript' } : context);
  },
});

const library = new URL('../libs/shared/privacy/src/lib/', import.meta.url);
const { findClientData } = await import(new URL('client-data.ts', library).href);
const { CORPUS_NOW, corpusParts, scoreCorpus, scoreTable, wholeCorpus } = await import(
  new URL('corpus/index.ts', library).href
);

const find = (text) => findClientData(text, { now: CORPUS_NOW });

console.log(scoreTable('Whole corpus', scoreCorpus(wholeCorpus, find)));
for (const part of corpusParts) {
  console.log(`\n${scoreTable(`Part: ${part.name}`, scoreCorpus(part.sentences, find))}`);
}

/** Each text timed on its own, `runs` times over, after a warm-up: every call is a sample. */
function time(texts, runs) {
  for (let warmUp = 0; warmUp < 3; warmUp++) texts.forEach(find);
  const samples = [];
  for (let run = 0; run < runs; run++) {
    for (const text of texts) {
      const started = performance.now();
      find(text);
      samples.push(performance.now() - started);
    }
  }
  return samples.sort((a, b) => a - b);
}

const sentences = wholeCorpus.map((sentence) => sentence.text);
const joined = (size) =>
  Array.from({ length: Math.floor(sentences.length / size) }, (_, i) =>
    sentences.slice(i * size, (i + 1) * size).join(' '),
  );
const micros = (ms) => `${(ms * 1000).toFixed(0)} µs`;
const rows = [
  ['one sentence', sentences, 20],
  ['a paragraph (10 sentences)', joined(10), 20],
  ['a long text (40 sentences)', joined(40), 20],
].map(([label, texts, runs]) => {
  const samples = time(texts, runs);
  const characters = Math.round(
    texts.reduce((total, text) => total + text.length, 0) / texts.length,
  );
  return [
    label,
    `${characters}`,
    `${samples.length}`,
    micros(percentile(samples, 50)),
    micros(percentile(samples, 99)),
    micros(samples.at(-1)),
  ];
});

const header = ['text', 'avg. characters', 'calls', 'median', 'p99', 'max'];
const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
console.log(
  `\nTime per call of findClientData (Node ${process.versions.node}, ${cpus()[0]?.model ?? 'unknown CPU'}):\n`,
);
console.log(line(header));
console.log(
  `| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`,
);
rows.forEach((row) => console.log(line(row)));
