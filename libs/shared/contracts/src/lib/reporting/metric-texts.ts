import type { Locale } from '../i18n/locale';
import { pulseStatementTexts } from '../reflection/pulse-statements';
import type { ReportMetric } from './reports';

/** A type, not an interface: the web app's text catalogues need an index signature. */
export type ReportMetricText = {
  /** As a card title, a column header, a chart's figure and a line of an export. */
  label: string;
  /** One line on what it counts, in the app and in the PDF export alike. */
  explanation: string;
};

const metricsNl: Record<ReportMetric, ReportMetricText> = {
  modulesStarted: {
    label: 'Modules gestart',
    explanation: 'Leermodules waaraan een teamlid in deze periode begon.',
  },
  modulesCompleted: {
    label: 'Modules afgerond',
    explanation: 'Leermodules die een teamlid in deze periode helemaal afrondde.',
  },
  learningHours: {
    label: 'Leeruren',
    explanation: 'De tijd van de lessen die teamleden in deze periode afrondden, in uren.',
  },
  trainingSessionsAttended: {
    label: 'Trainingsbijeenkomsten bijgewoond',
    explanation:
      'Bijeenkomsten van trainingen van het team die teamleden (helemaal of deels) bijwoonden, per deelnemer geteld.',
  },
  trainingHours: {
    label: 'Trainingsuren',
    explanation: 'De geregistreerde aanwezige tijd bij die bijeenkomsten, zonder pauzes, in uren.',
  },
  promptsAsked: {
    label: 'Reflectievragen verstuurd',
    explanation:
      'Reflectievragen die in deze periode bij teamleden aankwamen, per ontvanger geteld.',
  },
  promptsAnswered: {
    label: 'Reflectievragen beantwoord',
    explanation:
      'Antwoorden op die reflectievragen; wat iemand antwoordde, staat nooit in een rapport.',
  },
  reflectionParticipation: {
    label: 'Reflectiedeelname',
    explanation: 'Het deel van de verstuurde reflectievragen dat een antwoord kreeg.',
  },
  intervisieHours: {
    label: 'Uren intervisie',
    explanation:
      'De tijd van casusbesprekingen als intervisie, opgeteld over wie meedeed, in uren; nooit de casus zelf.',
  },
  experimentsStarted: {
    label: 'Experimenten gestart',
    explanation: 'Experimenten die het team in deze periode op het leerbord begon.',
  },
  experimentsEvaluated: {
    label: 'Experimenten geëvalueerd',
    explanation: 'Experimenten waarvan het team in deze periode bekeek wat ze opleverden.',
  },
  experimentsAdopted: {
    label: 'Experimenten ingevoerd',
    explanation: 'Geëvalueerde experimenten die het team als nieuwe werkwijze houdt.',
  },
  experimentsAdapted: {
    label: 'Experimenten aangepast',
    explanation: 'Geëvalueerde experimenten die het team in een andere vorm opnieuw probeert.',
  },
  experimentsStopped: {
    label: 'Experimenten gestopt',
    explanation: 'Experimenten waarmee het team stopte, na een evaluatie of eerder.',
  },
  whyQuestionsAsked: {
    label: 'Waarom-vragen gesteld',
    explanation: 'Vragen over het eigen werk die teamleden in deze periode op het leerbord zetten.',
  },
  whyQuestionsDiscussed: {
    label: 'Waarom-vragen besproken',
    explanation: 'Waarom-vragen die het team in deze periode besprak en afrondde.',
  },
  whyQuestionsToExperiment: {
    label: 'Waarom-vragen naar experiment',
    explanation: 'Experimenten die in deze periode begonnen vanuit een waarom-vraag.',
  },
  pulseResponses: {
    label: 'Teampuls ingevuld',
    explanation: 'Hoe vaak teamleden de anonieme teampuls invulden.',
  },
  pulseSafety: {
    label: 'Fouten bespreken',
    explanation: `Gemiddeld, van 1 tot 5: “${pulseStatementTexts.nl.safety}”`,
  },
  pulseTrying: {
    label: 'Nieuwe aanpak proberen',
    explanation: `Gemiddeld, van 1 tot 5: “${pulseStatementTexts.nl.trying}”`,
  },
  pulseColleagues: {
    label: 'Leren van collega’s',
    explanation: `Gemiddeld, van 1 tot 5: “${pulseStatementTexts.nl.colleagues}”`,
  },
  pulseTime: {
    label: 'Tijd om stil te staan',
    explanation: `Gemiddeld, van 1 tot 5: “${pulseStatementTexts.nl.time}”`,
  },
  pulseFollowThrough: {
    label: 'Besproken en gedaan',
    explanation: `Gemiddeld, van 1 tot 5: “${pulseStatementTexts.nl.followThrough}”`,
  },
};

const metricsEn: Record<ReportMetric, ReportMetricText> = {
  modulesStarted: {
    label: 'Modules started',
    explanation: 'Learning modules a team member began in this period.',
  },
  modulesCompleted: {
    label: 'Modules completed',
    explanation: 'Learning modules a team member fully completed in this period.',
  },
  learningHours: {
    label: 'Learning hours',
    explanation: 'The time of the lessons team members completed in this period, in hours.',
  },
  trainingSessionsAttended: {
    label: 'Training sessions attended',
    explanation:
      "Sessions of the team's trainings that team members attended (wholly or partly), counted per participant.",
  },
  trainingHours: {
    label: 'Training hours',
    explanation: 'The registered attended time at those sessions, without breaks, in hours.',
  },
  promptsAsked: {
    label: 'Reflection questions sent',
    explanation:
      'Reflection questions that reached team members in this period, counted per recipient.',
  },
  promptsAnswered: {
    label: 'Reflection questions answered',
    explanation:
      'Answers to those reflection questions; what someone answered is never in a report.',
  },
  reflectionParticipation: {
    label: 'Reflection participation',
    explanation: 'The share of the reflection questions sent that received an answer.',
  },
  intervisieHours: {
    label: 'Intervision hours',
    explanation:
      'The time of case discussions held as intervision, added up over who took part, in hours; never the case itself.',
  },
  experimentsStarted: {
    label: 'Experiments started',
    explanation: 'Experiments the team began on the learning board in this period.',
  },
  experimentsEvaluated: {
    label: 'Experiments evaluated',
    explanation: 'Experiments of which the team looked at what they yielded in this period.',
  },
  experimentsAdopted: {
    label: 'Experiments adopted',
    explanation: 'Evaluated experiments the team keeps as a new way of working.',
  },
  experimentsAdapted: {
    label: 'Experiments adapted',
    explanation: 'Evaluated experiments the team tries again in another form.',
  },
  experimentsStopped: {
    label: 'Experiments stopped',
    explanation: 'Experiments the team stopped, after an evaluation or before.',
  },
  whyQuestionsAsked: {
    label: 'Why-questions asked',
    explanation: 'Questions about their own work that team members put on the learning board.',
  },
  whyQuestionsDiscussed: {
    label: 'Why-questions discussed',
    explanation: 'Why-questions the team discussed and concluded in this period.',
  },
  whyQuestionsToExperiment: {
    label: 'Why-questions to experiment',
    explanation: 'Experiments begun in this period from a why-question.',
  },
  pulseResponses: {
    label: 'Team pulse filled in',
    explanation: 'How often members filled in the anonymous team pulse.',
  },
  pulseSafety: {
    label: 'Discussing mistakes',
    explanation: `Average, from 1 to 5: “${pulseStatementTexts.en.safety}”`,
  },
  pulseTrying: {
    label: 'Trying new approaches',
    explanation: `Average, from 1 to 5: “${pulseStatementTexts.en.trying}”`,
  },
  pulseColleagues: {
    label: 'Learning from colleagues',
    explanation: `Average, from 1 to 5: “${pulseStatementTexts.en.colleagues}”`,
  },
  pulseTime: {
    label: 'Time to reflect',
    explanation: `Average, from 1 to 5: “${pulseStatementTexts.en.time}”`,
  },
  pulseFollowThrough: {
    label: 'Discussed and done',
    explanation: `Average, from 1 to 5: “${pulseStatementTexts.en.followThrough}”`,
  },
};

/** What each figure of a report is called and counts, for the web app and the exports. */
export const reportMetricTexts: Record<Locale, Record<ReportMetric, ReportMetricText>> = {
  nl: metricsNl,
  en: metricsEn,
};
