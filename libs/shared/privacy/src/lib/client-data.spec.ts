import { type ClientDataKind, findClientData, passesElevenTest, validIban } from './client-data';

const now = new Date('2026-11-22T12:00:00Z');
const kinds = (text: string) => findClientData(text, now).map((finding) => finding.kind);
const fragments = (text: string) => findClientData(text, now).map((finding) => finding.fragment);

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
    ['Bel haar op 06-12345678.', 'phone', '06-12345678'],
    ['Bel haar op 06 1234 5678.', 'phone', '06 1234 5678'],
    ['mobiel +31 6 12345678', 'phone', '+31 6 12345678'],
    ['mobiel 0031612345678', 'phone', '0031612345678'],
    ['kantoor 020-1234567', 'phone', '020-1234567'],
    ['kantoor +31 (0)20 123 4567', 'phone', '+31 (0)20 123 4567'],
    ['mail naar j.jansen@voorbeeld.nl graag', 'email', 'j.jansen@voorbeeld.nl'],
    ['woont op 1234 AB 12 sinds mei', 'postcode-house-number', '1234 AB'],
    ['Dorpsstraat 12, 1234 AB Voorbeeldstad', 'postcode-house-number', '1234 AB'],
    ['adres 1234ab nr. 5', 'postcode-house-number', '1234ab'],
    ['geboren op 12-03-1985 in Utrecht', 'date-of-birth', '12-03-1985'],
    ['geboortedatum: 1985-03-12', 'date-of-birth', '1985-03-12'],
    ['geb. 3 maart 1985', 'date-of-birth', '3 maart 1985'],
    ['rekening NL91 ABNA 0417 1643 00 voor de huur', 'iban', 'NL91 ABNA 0417 1643 00'],
  ];

  it.each(found)('finds in "%s" a %s: %s', (text, kind, fragment) => {
    const findings = findClientData(text, now);
    expect(findings).toContainEqual(expect.objectContaining({ kind, fragment }));
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.fragment);
    }
  });

  it.each([
    ['an invalid BSN', 'Het nummer 123456789 klopt niet.'],
    ['nine zeros', 'Code 000000000 in het systeem.'],
    ['part of a longer number', 'Zaaknummer 12345678201 is gesloten.'],
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
    ['plain practice text', 'Waarom starten we altijd met de indicatie?'],
  ])('finds nothing in %s', (_why, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('finds several things in one text, in order', () => {
    expect(
      fragments('Mevrouw (geboren 4 mei 1950) belt vanaf 06-87654321, BSN 111222333.'),
    ).toEqual(['4 mei 1950', '06-87654321', '111222333']);
  });
});
