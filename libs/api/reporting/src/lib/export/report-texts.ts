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
    privacyOwnTeam: (k: number) =>
      `Als teamleider zie je alle cijfers van je eigen team, ook van een klein team: je ziet ze per teamlid al in Leerruimte. Alleen de anonieme teampuls staat er pas als minstens ${k} mensen hem invulden. Antwoorden op reflectievragen, dagboeken en de puls blijven van de teamleden zelf.`,
    explanations: 'Wat de cijfers betekenen',
    summary: 'Samenvatting per team',
    trend: 'Per maand',
    windowMonth: (month: string) => `3 maanden t/m ${month}`,
    windowTrend: 'Over drie maanden, voortschrijdend',
    windowUntil: 't/m ',
    windowExplanation:
      'Elk cijfer telt die maand en de twee maanden ervoor samen, zodat ook een klein team een verloop laat zien. Ook zo’n periode staat er als "te weinig deelnemers" als er te weinig verschillende mensen aan meededen, of als je met de andere cijfers één maand zou kunnen terugrekenen.',
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
    privacyOwnTeam: (k: number) =>
      `As team lead you see all figures of your own team, also of a small team: you already see them per member in Leerruimte. Only the anonymous team pulse shows once at least ${k} people filled it in. Answers to reflection prompts, journals and the pulse stay with the members themselves.`,
    explanations: 'What the figures mean',
    summary: 'Summary per team',
    trend: 'Per month',
    windowMonth: (month: string) => `3 months to ${month}`,
    windowTrend: 'Over three months, rolling',
    windowUntil: 'to ',
    windowExplanation:
      'Each figure adds that month and the two before it, so that a small team still shows a trend. Such a period shows as "too few participants" too when too few different people took part, or when one month could be worked out from the other figures.',
    generated: (date: string) => `Made on ${date}`,
  },
} as const;
