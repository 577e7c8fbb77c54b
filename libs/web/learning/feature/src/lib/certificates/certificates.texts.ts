import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

const hoursNl = (minutes: number) =>
  `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(minutes / 60)} uur`;
const hoursEn = (minutes: number) =>
  `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(minutes / 60)} h`;

/** The closing test, certificates and their public verification. */
export const certificateTexts = defineTexts(
  {
    closingTest: 'Afsluitende toets',
    testIntro: (questions: number, minutes: number, pass: number) =>
      `${plural('nl', questions, { one: '# vraag', other: '# vragen' })} over situaties uit de praktijk, ongeveer ${minutes} minuten. Je bent geslaagd met ${pass}% goed.`,
    notOpen: 'Rond eerst alle lessen van de module af; daarna kun je de toets maken.',
    toModule: 'Naar de module',
    waitUntil: (when: string) => `Je kunt de toets opnieuw maken vanaf ${when}.`,
    passedOn: (date: string) => `Je bent geslaagd op ${date}.`,
    question: (number: number, total: number) => `Vraag ${number} van ${total}`,
    submit: 'Toets inleveren',
    unanswered: (count: number) =>
      `Nog ${plural('nl', count, { one: '# vraag', other: '# vragen' })} zonder antwoord. Kies bij elke vraag een antwoord.`,
    chooseAnswer: 'Kies een antwoord.',
    score: (correct: number, total: number, percent: number) =>
      `${correct} van ${total} goed (${percent}%).`,
    passed: 'Geslaagd!',
    failed: 'Nog niet geslaagd.',
    right: 'Goed',
    notRight: 'Niet goed',
    moduleDone: 'Je hebt de module afgerond. Je certificaat staat klaar in Mijn leren.',
    toCertificates: 'Naar mijn certificaten',
    earlierAttempts: 'Eerdere pogingen',
    attempt: (date: string, percent: number, passed: boolean) =>
      `${date}: ${percent}% ${passed ? '(geslaagd)' : '(niet geslaagd)'}`,
    certificatesTitle: 'Certificaten',
    certificatesIntro:
      'Een certificaat krijg je als je een module helemaal afrondt. Het laat zien wat je leerde, en iedereen kan met de QR-code of het adres controleren of het echt is.',
    noCertificates: 'Je hebt nog geen certificaten. Rond een module af, met de afsluitende toets.',
    completedOn: (date: string) => `afgerond op ${date}`,
    studyLoad: (minutes: number) => `studiebelasting ${hoursNl(minutes)}`,
    accredited: (register: string, number: string, points: number) =>
      `${register}, accreditatienummer ${number}, ${new Intl.NumberFormat('nl-NL').format(points)} punten`,
    download: 'Certificaat downloaden (pdf)',
    beingMade: 'Het certificaat wordt gemaakt …',
    checkLink: 'Controlepagina',
    status: { valid: 'geldig', revoked: 'ingetrokken', replaced: 'vervangen' },
    verifyTitle: 'Certificaat controleren',
    verifyGenuine: 'Dit certificaat is echt: Leerruimte heeft het uitgegeven.',
    verifyRevoked: 'Dit certificaat is ingetrokken en geldt niet meer.',
    verifyReplaced: 'Dit certificaat is vervangen door een nieuwer certificaat en geldt niet meer.',
    holder: 'Naam',
    module: 'Module',
    date: 'Afgerond op',
    statusLabel: 'Status',
    verifyNotFound: 'Er is geen certificaat met deze code. Controleer of het adres helemaal klopt.',
    verifyOnlyThis:
      'Deze pagina toont alleen naam, module, datum en status. Meer gegevens staan niet openbaar.',
    leerverslagTitle: 'Leerverslag',
    leerverslagIntro:
      'Alles wat je in een periode leerde, voor je herregistratie: afgeronde modules met studiebelasting, punten en accreditatie, en de gemeten tijd van modules die je volgde. Reflecties staan er alleen met hun onderwerp in.',
    from: 'Van',
    to: 'Tot en met',
    periodProblem: 'Kies een begin- en einddatum; het begin ligt vóór het einde.',
    downloadPdf: 'Leerverslag (pdf)',
    downloadCsv: 'Leerverslag (csv, voor Excel)',
  },
  {
    closingTest: 'Closing test',
    testIntro: (questions: number, minutes: number, pass: number) =>
      `${plural('en', questions, { one: '# question', other: '# questions' })} about situations from practice, about ${minutes} minutes. You pass with ${pass}% right.`,
    notOpen: 'First complete every lesson of the module; then you can take the test.',
    toModule: 'To the module',
    waitUntil: (when: string) => `You can take the test again from ${when}.`,
    passedOn: (date: string) => `You passed on ${date}.`,
    question: (number: number, total: number) => `Question ${number} of ${total}`,
    submit: 'Hand in the test',
    unanswered: (count: number) =>
      `${plural('en', count, { one: '# question', other: '# questions' })} without an answer. Choose an answer for every question.`,
    chooseAnswer: 'Choose an answer.',
    score: (correct: number, total: number, percent: number) =>
      `${correct} of ${total} right (${percent}%).`,
    passed: 'Passed!',
    failed: 'Not passed yet.',
    right: 'Right',
    notRight: 'Not right',
    moduleDone: 'You completed the module. Your certificate is ready in My learning.',
    toCertificates: 'To my certificates',
    earlierAttempts: 'Earlier attempts',
    attempt: (date: string, percent: number, passed: boolean) =>
      `${date}: ${percent}% ${passed ? '(passed)' : '(not passed)'}`,
    certificatesTitle: 'Certificates',
    certificatesIntro:
      'You get a certificate when you complete a module. It shows what you learned, and anyone can check with its QR code or address that it is genuine.',
    noCertificates: 'You have no certificates yet. Complete a module, with its closing test.',
    completedOn: (date: string) => `completed on ${date}`,
    studyLoad: (minutes: number) => `study load ${hoursEn(minutes)}`,
    accredited: (register: string, number: string, points: number) =>
      `${register}, accreditation number ${number}, ${points} points`,
    download: 'Download certificate (pdf)',
    beingMade: 'The certificate is being made …',
    checkLink: 'Verification page',
    status: { valid: 'valid', revoked: 'revoked', replaced: 'replaced' },
    verifyTitle: 'Verify a certificate',
    verifyGenuine: 'This certificate is genuine: Leerruimte issued it.',
    verifyRevoked: 'This certificate has been revoked and is no longer valid.',
    verifyReplaced: 'This certificate was replaced by a newer one and is no longer valid.',
    holder: 'Name',
    module: 'Module',
    date: 'Completed on',
    statusLabel: 'Status',
    verifyNotFound: 'There is no certificate with this code. Check that the address is complete.',
    verifyOnlyThis:
      'This page shows only name, module, date and status. No other details are public.',
    leerverslagTitle: 'Learning record',
    leerverslagIntro:
      'Everything you learned in a period, for your re-registration: completed modules with study load, points and accreditation, and the measured time of modules you followed. Reflections appear only by topic.',
    from: 'From',
    to: 'Up to and including',
    periodProblem: 'Choose a start and end date; the start comes before the end.',
    downloadPdf: 'Learning record (pdf)',
    downloadCsv: 'Learning record (csv, for Excel)',
  },
);

/** The organisation admin's page: accreditations and the people's certificates. */
export const organisationCertificateTexts = defineTexts(
  {
    title: (organisation: string) => `Certificaten · ${organisation}`,
    intro:
      'Leg vast voor welk beroepsregister een module bij jullie geaccrediteerd is. Certificaten die daarna worden behaald, vermelden het register, het accreditatienummer en de punten.',
    accreditationsTitle: 'Accreditaties',
    module: 'Module',
    register: 'Register',
    number: 'Accreditatienummer',
    numberHint: 'Zoals het register het schreef, bijvoorbeeld RP-2026-0417.',
    points: 'Punten',
    pointsHint: 'In halve punten, bijvoorbeeld 2,5.',
    save: 'Accreditatie bewaren',
    saved: (module: string) => `De accreditatie van “${module}” is bewaard.`,
    removed: (module: string) => `De accreditatie van “${module}” is verwijderd.`,
    remove: (module: string) => `Accreditatie van ${module} verwijderen`,
    removeShort: 'Verwijderen',
    noAccreditations: 'Nog geen module is geaccrediteerd.',
    studyLoad: 'Studiebelasting',
    hours: (minutes: number) =>
      `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(minutes / 60)} uur`,
    certificatesTitle: 'Behaalde certificaten',
    certificatesIntro:
      'De certificaten van iedereen in jullie teams. Een certificaat dat niet klopt (bijvoorbeeld op naam van een ander gezet) trek je in: de controlepagina zegt dan “ingetrokken”.',
    noCertificates: 'Nog niemand in jullie teams heeft een certificaat behaald.',
    holder: 'Naam',
    completedOn: 'Afgerond op',
    status: 'Status',
    accreditation: 'Accreditatie',
    none: 'geen',
    revoke: 'Intrekken',
    revokeFor: (holder: string, module: string) =>
      `Certificaat van ${holder} voor ${module} intrekken`,
    reason: 'Reden van intrekken',
    reasonHint: 'Blijft bij het certificaat en staat in het auditlog.',
    confirmRevoke: 'Certificaat intrekken',
    cancel: 'Annuleren',
    revoked: (holder: string) => `Het certificaat van ${holder} is ingetrokken.`,
    reissue: 'Opnieuw uitgeven',
    reissueFor: (holder: string, module: string) =>
      `Certificaat van ${holder} voor ${module} opnieuw uitgeven`,
    reissueIntro:
      'Bij een verbeterde naam: er komt een nieuw certificaat met dezelfde datum, punten en accreditatie; de controlepagina van het oude zegt dan “vervangen”.',
    correctedName: 'Naam op het nieuwe certificaat',
    confirmReissue: 'Nieuw certificaat uitgeven',
    reissued: (holder: string) => `Er is een nieuw certificaat op naam van ${holder}.`,
  },
  {
    title: (organisation: string) => `Certificates · ${organisation}`,
    intro:
      'Record for which professional register a module is accredited with you. Certificates earned after that state the register, the accreditation number and the points.',
    accreditationsTitle: 'Accreditations',
    module: 'Module',
    register: 'Register',
    number: 'Accreditation number',
    numberHint: 'As the register wrote it, for example RP-2026-0417.',
    points: 'Points',
    pointsHint: 'In half points, for example 2.5.',
    save: 'Save accreditation',
    saved: (module: string) => `The accreditation of “${module}” has been saved.`,
    removed: (module: string) => `The accreditation of “${module}” has been removed.`,
    remove: (module: string) => `Remove the accreditation of ${module}`,
    removeShort: 'Remove',
    noAccreditations: 'No module has been accredited yet.',
    studyLoad: 'Study load',
    hours: (minutes: number) =>
      `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(minutes / 60)} h`,
    certificatesTitle: 'Certificates earned',
    certificatesIntro:
      'The certificates of everyone in your teams. Revoke one that is wrong (for example in someone else’s name): the verification page then says “revoked”.',
    noCertificates: 'Nobody in your teams has earned a certificate yet.',
    holder: 'Name',
    completedOn: 'Completed on',
    status: 'Status',
    accreditation: 'Accreditation',
    none: 'none',
    revoke: 'Revoke',
    revokeFor: (holder: string, module: string) =>
      `Revoke the certificate of ${holder} for ${module}`,
    reason: 'Reason for revoking',
    reasonHint: 'Kept with the certificate and in the audit log.',
    confirmRevoke: 'Revoke certificate',
    cancel: 'Cancel',
    revoked: (holder: string) => `The certificate of ${holder} has been revoked.`,
    reissue: 'Re-issue',
    reissueFor: (holder: string, module: string) =>
      `Re-issue the certificate of ${holder} for ${module}`,
    reissueIntro:
      'For a corrected name: a new certificate with the same date, points and accreditation; the old one’s verification page then says “replaced”.',
    correctedName: 'Name on the new certificate',
    confirmReissue: 'Issue new certificate',
    reissued: (holder: string) => `There is a new certificate in the name of ${holder}.`,
  },
);
