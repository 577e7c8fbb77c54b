import { type ReportFamily, reportMetricTexts } from '@leerruimte/shared-contracts';
import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

const familiesNl: Record<ReportFamily, string> = {
  learning: 'Leren',
  reflection: 'Reflectie',
  board: 'Leerbord',
  pulse: 'Teampuls (anoniem, 1 tot 5)',
};
const familiesEn: Record<ReportFamily, string> = {
  learning: 'Learning',
  reflection: 'Reflection',
  board: 'Learning board',
  pulse: 'Team pulse (anonymous, 1 to 5)',
};

/** The team-development page: period, figures, charts, comparison, export and settings. */
export const reportingTexts = defineTexts(
  {
    metrics: reportMetricTexts.nl,
    families: familiesNl,
    suppressed: 'te weinig deelnemers',
    title: (name: string): string => (name ? `Teamontwikkeling · ${name}` : 'Teamontwikkeling'),
    intro:
      'Hoe de teams leren, reflecteren en experimenteren, maand voor maand. Het zijn altijd totalen: wie wat deed of antwoordde, staat er niet in.',
    privacy: (size: number) =>
      `Een cijfer dat van minder dan ${size} mensen komt, staat er als “te weinig deelnemers”, zodat niemand te herkennen is. Soms is daarom ook een ander cijfer verborgen, want anders is het verborgen cijfer uit te rekenen.`,
    privacyOwnTeam: (size: number) =>
      `Als teamleider zie je alle cijfers van je eigen team, ook van een klein team: wat teamleden leerden en of ze reflecteerden, zie je per persoon al in Teamleren en Teamreflectie. Alleen de anonieme teampuls verschijnt pas als minstens ${size} mensen hem invulden.`,
    updatedAt: (date: string) => `Cijfers bijgewerkt op ${date}.`,
    choose: 'Periode en team',
    periodKind: 'Soort periode',
    kinds: { quarter: 'Kwartaal', half: 'Halfjaar', year: 'Jaar', custom: 'Aangepast' },
    year: 'Jaar',
    quarter: 'Kwartaal',
    quarterOption: (quarter: number) => `${quarter}e kwartaal`,
    half: 'Halfjaar',
    halfOption: (half: number): string =>
      half === 1 ? '1e halfjaar (jan–jun)' : '2e halfjaar (jul–dec)',
    fromMonth: 'Van maand',
    toMonth: 'Tot en met maand',
    periodProblems: {
      end_before_start: 'Deze maand ligt vóór de eerste maand.',
      period_too_long: 'Een periode is hoogstens drie jaar.',
    },
    team: 'Team',
    allTeams: 'Alle teams',
    organisationWhole: 'Organisatie als geheel',
    loading: 'Cijfers laden…',
    loadFailed: 'De cijfers konden niet worden opgehaald.',
    retry: 'Opnieuw proberen',
    summary: (scope: string) => `Samenvatting · ${scope}`,
    period: (period: string) => `Periode: ${period}`,
    noActivity:
      'In deze periode is er nog geen activiteit: geen modules, reflecties, experimenten of waarom-vragen. Kies een andere periode, of kijk later terug.',
    trends: 'Verloop',
    trendsIntro: 'Kies een cijfer om het per maand te zien.',
    heatmap: 'Deelname per team en maand',
    heatmapIntro:
      'Alle teams naast elkaar, maand voor maand: hoe donkerder het vak, hoe hoger het cijfer. Zo zie je welke teams meedoen en wanneer het stil wordt.',
    heatmapCaption: (figure: string) => `${figure} per team en maand`,
    heatmapLegend:
      'Licht is laag, donker is hoog, ten opzichte van het hoogste cijfer in de tabel. Een streep (–) betekent: niets om te tellen, zoals deelname als er geen vragen waren.',
    tooFewShort: 'te weinig',
    tooFewRest: ' deelnemers',
    figure: 'Cijfer',
    perMonth: (figure: string, scope: string) => `${figure} per maand · ${scope}`,
    perWindow: (figure: string, scope: string) =>
      `${figure} over drie maanden, voortschrijdend · ${scope}`,
    windowIntro:
      'Maanden met te weinig deelnemers zijn hierboven gearceerd. Hier telt elk punt die maand en de twee maanden ervoor samen, zodat ook het verloop van een klein team te zien is. Zo’n periode blijft gearceerd als er te weinig verschillende mensen aan meededen, of als je met de andere cijfers één maand zou kunnen terugrekenen. De teampuls is anoniem en telt hier niet mee.',
    windowColumn: 'Drie maanden',
    legendWindow: 'Lijn en punten: het cijfer over de maand en de twee ervoor',
    teamsCompared: (figure: string) => `${figure} per team, over de hele periode`,
    comparison: 'Teams vergelijken',
    comparisonCaption: (period: string) => `Alle cijfers per team · ${period}`,
    month: 'Maand',
    monthAxis: 'Maand',
    teamAxis: 'Team',
    legendLine: 'Lijn en punten: het cijfer per maand',
    legendSuppressed: 'Gearceerd: te weinig deelnemers',
    chartEmpty: 'Geen maanden om te tonen.',
    lineDescription: (months: number, shown: number, lowest: string, highest: string) =>
      `${plural('nl', months, { one: '# maand', other: '# maanden' })}, waarvan ${shown} met een cijfer; laagste ${lowest}, hoogste ${highest}. Maanden met te weinig deelnemers zijn een onderbreking in de lijn. De cijfers staan ook in de tabel.`,
    lineAllSuppressed: (months: number) =>
      `${plural('nl', months, { one: '# maand', other: '# maanden' })}, alle met te weinig deelnemers: er is geen lijn te tekenen.`,
    barDescription: (teams: number, shown: number, top: string) =>
      `${plural('nl', teams, { one: '# team', other: '# teams' })}, waarvan ${shown} met een cijfer; het hoogste is ${top}. De cijfers staan ook in de tabel.`,
    barAllSuppressed: (teams: number) =>
      `${plural('nl', teams, { one: '# team', other: '# teams' })}, alle met te weinig deelnemers: er zijn geen staven te tekenen.`,
    export: 'Downloaden',
    exportIntro: (period: string, scope: string) =>
      `Het rapport van ${scope} over ${period}, met uitleg bij elk cijfer. Het bestand wordt voor je gemaakt; dat duurt even.`,
    formats: { csv: 'CSV', xlsx: 'Excel', pdf: 'PDF' },
    download: (format: string) => `Download ${format}`,
    exportStatus: {
      queued: (format: string) => `Het ${format}-bestand staat in de wachtrij…`,
      running: (format: string) => `Het ${format}-bestand wordt gemaakt…`,
      ready: (format: string) => `Het ${format}-bestand is klaar. De download begint vanzelf.`,
      failed: (format: string) => `Het ${format}-bestand kon niet worden gemaakt.`,
    },
    exportProgress: (format: string) => `Voortgang van het ${format}-bestand`,
    exportPercent: (percent: number) => `${percent}% klaar`,
    exportLink: (format: string, period: string) => `${format}-bestand opslaan (${period})`,
    exportFailed: 'Het maken van het bestand lukte niet. Probeer het opnieuw.',
    exportStartFailed: 'Het bestand kon niet worden aangevraagd.',
    settings: 'Minimale groepsgrootte',
    settingsIntro:
      'Van hoeveel mensen een cijfer minstens moet komen voordat het te zien is, in rapporten en downloads. Hoger beschermt beter, lager toont meer. Minimaal 3, maximaal 50.',
    minimumGroupSize: 'Minimale groepsgrootte',
    minimumGroupSizeHint: 'Aantal mensen, van 3 tot en met 50',
    saveSettings: 'Opslaan',
    saved: 'Opgeslagen. De cijfers zijn opnieuw opgehaald.',
  },
  {
    metrics: reportMetricTexts.en,
    families: familiesEn,
    suppressed: 'too few participants',
    title: (name: string): string => (name ? `Team development · ${name}` : 'Team development'),
    intro:
      'How the teams learn, reflect and experiment, month by month. These are always totals: who did or answered what is not in them.',
    privacy: (size: number) =>
      `A figure that comes from fewer than ${size} people shows as “too few participants”, so no one can be recognised. Sometimes another figure is hidden too, as otherwise the hidden one could be worked out.`,
    privacyOwnTeam: (size: number) =>
      `As team lead you see all figures of your own team, also of a small team: what members learned and whether they reflected you already see per person in Team learning and Team reflection. Only the anonymous team pulse shows once at least ${size} people filled it in.`,
    updatedAt: (date: string) => `Figures updated on ${date}.`,
    choose: 'Period and team',
    periodKind: 'Kind of period',
    kinds: { quarter: 'Quarter', half: 'Half year', year: 'Year', custom: 'Custom' },
    year: 'Year',
    quarter: 'Quarter',
    quarterOption: (quarter: number) => `Quarter ${quarter}`,
    half: 'Half year',
    halfOption: (half: number): string =>
      half === 1 ? 'First half (Jan–Jun)' : 'Second half (Jul–Dec)',
    fromMonth: 'From month',
    toMonth: 'Up to and including month',
    periodProblems: {
      end_before_start: 'This month is before the first month.',
      period_too_long: 'A period is at most three years.',
    },
    team: 'Team',
    allTeams: 'All teams',
    organisationWhole: 'Organisation as a whole',
    loading: 'Loading figures…',
    loadFailed: 'The figures could not be loaded.',
    retry: 'Try again',
    summary: (scope: string) => `Summary · ${scope}`,
    period: (period: string) => `Period: ${period}`,
    noActivity:
      'There is no activity in this period yet: no modules, reflections, experiments or why-questions. Choose another period, or look again later.',
    trends: 'Trends',
    trendsIntro: 'Choose a figure to see it per month.',
    heatmap: 'Participation per team and month',
    heatmapIntro:
      'All teams side by side, month by month: the darker the cell, the higher the figure. So you see which teams take part and when it goes quiet.',
    heatmapCaption: (figure: string) => `${figure} per team and month`,
    heatmapLegend:
      'Light is low, dark is high, relative to the highest figure in the table. A dash (–) means: nothing to count, such as participation when no questions were asked.',
    tooFewShort: 'too few',
    tooFewRest: ' participants',
    figure: 'Figure',
    perMonth: (figure: string, scope: string) => `${figure} per month · ${scope}`,
    perWindow: (figure: string, scope: string) => `${figure} over three months, rolling · ${scope}`,
    windowIntro:
      'Months with too few participants are hatched above. Here each point adds that month and the two before it, so that a small team still shows a trend. Such a period stays hatched too when too few different people took part, or when one month could be worked out from the other figures. The team pulse is anonymous and is not counted here.',
    windowColumn: 'Three months',
    legendWindow: 'Line and points: the figure over the month and the two before it',
    teamsCompared: (figure: string) => `${figure} per team, over the whole period`,
    comparison: 'Compare teams',
    comparisonCaption: (period: string) => `All figures per team · ${period}`,
    month: 'Month',
    monthAxis: 'Month',
    teamAxis: 'Team',
    legendLine: 'Line and points: the figure per month',
    legendSuppressed: 'Hatched: too few participants',
    chartEmpty: 'No months to show.',
    lineDescription: (months: number, shown: number, lowest: string, highest: string) =>
      `${plural('en', months, { one: '# month', other: '# months' })}, ${shown} of them with a figure; lowest ${lowest}, highest ${highest}. Months with too few participants are a break in the line. The figures are also in the table.`,
    lineAllSuppressed: (months: number) =>
      `${plural('en', months, { one: '# month', other: '# months' })}, all with too few participants: there is no line to draw.`,
    barDescription: (teams: number, shown: number, top: string) =>
      `${plural('en', teams, { one: '# team', other: '# teams' })}, ${shown} of them with a figure; the highest is ${top}. The figures are also in the table.`,
    barAllSuppressed: (teams: number) =>
      `${plural('en', teams, { one: '# team', other: '# teams' })}, all with too few participants: there are no bars to draw.`,
    export: 'Download',
    exportIntro: (period: string, scope: string) =>
      `The report of ${scope} for ${period}, with an explanation of each figure. The file is made for you; that takes a moment.`,
    formats: { csv: 'CSV', xlsx: 'Excel', pdf: 'PDF' },
    download: (format: string) => `Download ${format}`,
    exportStatus: {
      queued: (format: string) => `The ${format} file is queued…`,
      running: (format: string) => `The ${format} file is being made…`,
      ready: (format: string) => `The ${format} file is ready. The download starts by itself.`,
      failed: (format: string) => `The ${format} file could not be made.`,
    },
    exportProgress: (format: string) => `Progress of the ${format} file`,
    exportPercent: (percent: number) => `${percent}% done`,
    exportLink: (format: string, period: string) => `Save the ${format} file (${period})`,
    exportFailed: 'Making the file failed. Please try again.',
    exportStartFailed: 'The file could not be requested.',
    settings: 'Minimum group size',
    settingsIntro:
      'How many people a figure must at least come from before it is shown, in reports and downloads. Higher protects better, lower shows more. At least 3, at most 50.',
    minimumGroupSize: 'Minimum group size',
    minimumGroupSizeHint: 'Number of people, from 3 to 50',
    saveSettings: 'Save',
    saved: 'Saved. The figures were loaded again.',
  },
);
