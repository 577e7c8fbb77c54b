/** The words of the export files around the figures (whose texts are in the contracts). */
export const reportWords = {
  nl: {
    title: 'Teamontwikkeling',
    period: 'Periode',
    team: 'Team',
    month: 'Maand',
    total: 'Totaal',
    organisation: 'Organisatie als geheel',
    tooFew: 'te weinig deelnemers',
    privacy: (k: number) =>
      `Cijfers die van minder dan ${k} mensen komen, staan er als "te weinig deelnemers". Zo is niemand te herkennen. Antwoorden op reflectievragen, dagboeken en de puls blijven van de teamleden zelf.`,
    explanations: 'Wat de cijfers betekenen',
    summary: 'Samenvatting per team',
    trend: 'Per maand',
    generated: (date: string) => `Gemaakt op ${date}`,
  },
  en: {
    title: 'Team development',
    period: 'Period',
    team: 'Team',
    month: 'Month',
    total: 'Total',
    organisation: 'Organisation as a whole',
    tooFew: 'too few participants',
    privacy: (k: number) =>
      `Figures from fewer than ${k} people show as "too few participants", so no one can be recognised. Answers to reflection prompts, journals and the pulse stay with the members themselves.`,
    explanations: 'What the figures mean',
    summary: 'Summary per team',
    trend: 'Per month',
    generated: (date: string) => `Made on ${date}`,
  },
} as const;
