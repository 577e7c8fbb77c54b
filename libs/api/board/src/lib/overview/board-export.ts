import { type PdfDocument, pdfColours, renderPdf } from '@leerruimte/api-core';
import {
  type PracticeTheme,
  type ExperimentSummary,
  type Learning,
  type Locale,
  type WhyQuestionSummary,
  experimentStatusWords,
  practiceThemeNames,
} from '@leerruimte/shared-contracts';

/** What a summary for a team meeting holds. */
export interface BoardSummary {
  teamName: string;
  theme: PracticeTheme | null;
  date: string;
  questions: WhyQuestionSummary[];
  experiments: ExperimentSummary[];
  learnings: Learning[];
}

const words = {
  nl: {
    title: 'Leerbord',
    theme: 'Thema',
    questions: 'Open waarom-vragen',
    experiments: 'Experimenten',
    learnings: 'Wat we leerden',
    none: 'Geen.',
    votes: (n: number) => (n === 1 ? '1 stem' : `${n} stemmen`),
    onAgenda: 'op de agenda',
    discussed: 'besproken',
  },
  en: {
    title: 'Learning board',
    theme: 'Theme',
    questions: 'Open why-questions',
    experiments: 'Experiments',
    learnings: 'What we learned',
    none: 'None.',
    votes: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
    onAgenda: 'on the agenda',
    discussed: 'discussed',
  },
} satisfies Record<Locale, Record<string, unknown>>;

/** Team text goes into Markdown as text: no markup, no HTML, whatever was typed. */
function literal(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\s*\n\s*/g, ' ');
}

function lines(summary: BoardSummary, locale: Locale) {
  const w = words[locale];
  const themeName = (theme: PracticeTheme) => practiceThemeNames[locale][theme].toLowerCase();
  return {
    title: `${w.title} ${summary.teamName}`,
    subtitle: [summary.date, summary.theme ? `${w.theme}: ${themeName(summary.theme)}` : null]
      .filter(Boolean)
      .join(' · '),
    sections: [
      {
        heading: w.questions,
        items: summary.questions.map((question) => ({
          text: question.question,
          meta: [
            themeName(question.theme),
            w.votes(question.votes),
            question.status === 'on_agenda' ? w.onAgenda : null,
          ]
            .filter(Boolean)
            .join(' · '),
        })),
      },
      {
        heading: w.experiments,
        items: summary.experiments.map((experiment) => ({
          text: experiment.title,
          meta: [
            experimentStatusWords[locale][experiment.status],
            experiment.theme ? themeName(experiment.theme) : null,
            experiment.startDate && experiment.endDate
              ? `${experiment.startDate} – ${experiment.endDate}`
              : null,
          ]
            .filter(Boolean)
            .join(' · '),
        })),
      },
      {
        heading: w.learnings,
        items: summary.learnings.map((learning) => ({
          text: `${learning.title}: ${learning.learned}`,
          meta: [
            learning.decision ? experimentStatusWords[locale][learning.decision] : w.discussed,
            learning.at.slice(0, 10),
          ].join(' · '),
        })),
      },
    ],
    none: w.none,
  };
}

export function boardMarkdown(summary: BoardSummary, locale: Locale): string {
  const content = lines(summary, locale);
  const out = [`# ${literal(content.title)}`, '', `_${literal(content.subtitle)}_`];
  for (const section of content.sections) {
    out.push('', `## ${section.heading}`, '');
    if (section.items.length === 0) out.push(content.none);
    for (const item of section.items) {
      out.push(`- ${literal(item.text)} (${literal(item.meta)})`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function boardPdf(summary: BoardSummary, locale: Locale): Promise<Buffer> {
  const content = lines(summary, locale);
  return renderPdf({ title: content.title }, (doc: PdfDocument) => {
    doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(20).text(content.title);
    doc.fillColor(pdfColours.muted).font('Helvetica').fontSize(10).text(content.subtitle);
    for (const section of content.sections) {
      doc.moveDown(1.2);
      doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(14).text(section.heading);
      doc.moveDown(0.3);
      if (section.items.length === 0) {
        doc.fillColor(pdfColours.ink).font('Helvetica').fontSize(11).text(content.none);
      }
      for (const item of section.items) {
        doc.fillColor(pdfColours.ink).font('Helvetica').fontSize(11).text(`• ${item.text}`);
        doc.fillColor(pdfColours.muted).fontSize(9).text(`  ${item.meta}`);
        doc.moveDown(0.3);
      }
    }
  });
}
