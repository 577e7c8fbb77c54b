import {
  type ClientDataKind,
  clientDataExplanations,
  clientDataKinds,
  findClientData,
  passesElevenTest,
  validIban,
} from './client-data';

const now = new Date('2026-11-22T12:00:00Z');
const kinds = (text: string) => findClientData(text, { now }).map((finding) => finding.kind);
const fragments = (text: string) =>
  findClientData(text, { now }).map((finding) => finding.fragment);

describe(passesElevenTest.name, () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['12345678a', false],
  ])('%s → %s', (digits, expected) => {
    expect(passesElevenTest(digits)).toBe(expected);
  });
});

describe(validIban.name, () => {
  it.each([
    ['NL91 ABNA 0417 1643 00', true],
    ['NL91ABNA0417164300', true],
    ['nl91abna0417164300', true],
    ['NL91-ABNA-0417-1643-00', true],
    ['NL91 ABNA 0417 1643 01', false],
    ['NL91 ABNA 0417 1643', false],
    ['DE89 3704 0044 0532 0130 00', true],
  ])('%s → %s', (iban, expected) => {
    expect(validIban(iban)).toBe(expected);
  });
});

describe(findClientData.name, () => {
  const found: Array<[string, ClientDataKind, string]> = [
    ['Zijn BSN is 123456782, zei ze.', 'bsn', '123456782'],
    ['bsn 1234.56.782 staat in het dossier', 'bsn', '1234.56.782'],
    ['nummer 111 222 333 doorgegeven', 'bsn', '111 222 333'],
    ['BSN: 123-456-782 (zoon)', 'bsn', '123-456-782'],
    ['123456782 (BSN) klopt niet', 'bsn', '123456782'],
    ['Bel haar op 06-12345678.', 'phone', '06-12345678'],
    ['Bel haar op 06 1234 5678.', 'phone', '06 1234 5678'],
    ['mobiel +31 6 12345678', 'phone', '+31 6 12345678'],
    ['mobiel 0031612345678', 'phone', '0031612345678'],
    ['vaste lijn 020-1234567', 'phone', '020-1234567'],
    ['thuis +31 (0)20 123 4567', 'phone', '+31 (0)20 123 4567'],
    ['mail naar j.jansen@voorbeeld.nl graag', 'email', 'j.jansen@voorbeeld.nl'],
    ['mail: j.jansen [at] gmail [dot] com', 'email', 'j.jansen [at] gmail [dot] com'],
    ['jansen apenstaartje ziggo punt nl', 'email', 'jansen apenstaartje ziggo punt nl'],
    ['woont op 1234 AB 12 sinds mei', 'postcode-house-number', '1234 AB 12'],
    ['Dorpsstraat 12, 1234 AB Voorbeeldstad', 'postcode-house-number', '1234 AB'],
    ['adres 1234ab nr. 5', 'postcode-house-number', '1234ab nr. 5'],
    ['huisnr. 5, postcode 1234 AB', 'postcode-house-number', '1234 AB'],
    ['Dorpsstraat 12, 1234 AB Voorbeeldstad', 'street-address', 'Dorpsstraat 12'],
    [
      'woont aan de Burgemeester de Vlugtlaan 45-II',
      'street-address',
      'Burgemeester de Vlugtlaan 45-II',
    ],
    ['Laan van Meerdervoort 12 bis', 'street-address', 'Laan van Meerdervoort 12 bis'],
    ['geboren op 12-03-1985 in Utrecht', 'date-of-birth', '12-03-1985'],
    ['geboortedatum: 1985-03-12', 'date-of-birth', '1985-03-12'],
    ['geb. 3 maart 1985', 'date-of-birth', '3 maart 1985'],
    ['gebortedatum 3-3-85', 'date-of-birth', '3-3-85'],
    ['is op 3 maart 1985 geboren', 'date-of-birth', '3 maart 1985'],
    ['jarig op 14 februari', 'date-of-birth', '14 februari'],
    ['rekening NL91 ABNA 0417 1643 00 voor de huur', 'iban', 'NL91 ABNA 0417 1643 00'],
    ['Mw. Jansen belde', 'name', 'Mw. Jansen'],
    ['dhr. J.P. van der Heijden-Bos komt', 'name', 'dhr. J.P. van der Heijden-Bos'],
    ['fam. El Amrani', 'name', 'fam. El Amrani'],
    ['buurman Kees helpt', 'name', 'Kees'],
    ['Kevin (14) spijbelt', 'name', 'Kevin'],
    ['leerling J. (15) verzuimt', 'name', 'J.'],
    ['op huisbezoek bij Fatima en haar kinderen', 'name', 'Fatima'],
    ['dossiernummer 2024-00123', 'client-number', '2024-00123'],
    ['kenteken 12-ABC-3 op haar naam', 'licence-plate', '12-ABC-3'],
    ['paspoortnummer NX12AB3C4', 'id-document', 'NX12AB3C4'],
  ];

  it.each(found)('finds in "%s" a %s: %s', (text, kind, fragment) => {
    const findings = findClientData(text, { now });
    expect(findings).toContainEqual(expect.objectContaining({ kind, fragment }));
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.fragment);
    }
  });

  it.each([
    ['an invalid BSN', 'Het nummer 123456789 klopt niet.'],
    ['nine zeros', 'Code 000000000 in het systeem.'],
    ['part of a longer number', 'Bestelling 12345678201 is verzonden.'],
    ['a year and a word', 'In 2024 is er veel veranderd.'],
    ['a postcode without house number', 'Het team werkt in 1234 AB en omgeving.'],
    ['a postcode-like code with SS', 'Lokaal 1234 SS 5 is vrij.'],
    ['a meeting date', 'Op 12-03-2025 hadden we een casusbespreking.'],
    ['a birth date in the future', 'De baby wordt geboren op 12-03-2027.'],
    ['an impossible date', 'geboren op 31-02-1985'],
    ['an invalid IBAN', 'rekening NL91 ABNA 0417 1643 01'],
    ['a mention, not an address', 'Vraag het aan @teamleider in de groepsapp.'],
    ['a time and amount', 'Om 10.30 uur kostte het € 1.250,00 per maand.'],
    ['a short phone-like number', 'Bel 0800-1234 voor informatie.'],
    ['a public number', 'De Kindertelefoon: 0800-0432, Veilig Thuis: 0800-2000.'],
    ['an office line', 'Het kantoor van het wijkteam: 030-1234567.'],
    ['an organisation mailbox', 'Mail info@wijkteam.nl voor een afspraak.'],
    ['a title without a name', 'Mw. belde vanochtend. Mw. Heeft aangegeven dat het goed gaat.'],
    ['a colleague', 'Collega Sanne de Wit neemt het over.'],
    ['an age without a name', 'Zoon (16) en een meisje van 14.'],
    ['a law article and a version', 'Art. 7:231 BW, versie 2.3.1, kamer 1.12.'],
    ['the office of a team', 'Het wijkteam zit aan de Stationsweg 12.'],
    ['plain practice text', 'Waarom starten we altijd met de indicatie?'],
  ])('finds nothing in %s', (_why, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('finds several things in one text, in order', () => {
    expect(
      fragments('Mevrouw (geboren 4 mei 1950) belt vanaf 06-87654321, BSN 111222333.'),
    ).toEqual(['4 mei 1950', '06-87654321', '111222333']);
  });

  it('skips the names it is given, as full names and as first names', () => {
    const text = 'Ahmed belt de moeder van Kevin (14), Sanne de Wit mailt mw. Jansen.';
    expect(fragments(text)).toEqual(
      expect.arrayContaining(['Sanne de Wit', 'Ahmed', 'mw. Jansen', 'Kevin']),
    );
    const skipped = findClientData(text, { now, skipNames: ['Sanne de Wit', 'Ahmed Bouzid'] });
    expect(skipped.map((finding) => finding.fragment)).toEqual(['Kevin', 'mw. Jansen']);
  });

  it('skips the fragments it is allowed, however they are spaced', () => {
    const text = 'Het team is bereikbaar op 06-11223344 en mw. Jansen op 06-99887766.';
    const findings = findClientData(text, { now, allow: ['06 1122 3344'] });
    expect(findings.map((finding) => finding.fragment)).toEqual(['mw. Jansen', '06-99887766']);
  });
});

describe('clientDataExplanations', () => {
  it.each(clientDataKinds)('explains %s in Dutch and English', (kind) => {
    expect(clientDataExplanations[kind].nl).toMatch(/\S/);
    expect(clientDataExplanations[kind].en).toMatch(/\S/);
  });
});
