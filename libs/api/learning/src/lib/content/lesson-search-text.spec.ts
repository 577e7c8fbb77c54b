import { lessonSearchText, plainText } from './lesson-search-text';

describe(plainText.name, () => {
  it('drops the tags and gives back the characters Markdown escaped', () => {
    expect(
      plainText(
        '<p>Het <strong>netwerk</strong> &amp; de &quot;Wyber&quot;&#39;s</p>\n<ul><li>één</li></ul>',
      ),
    ).toBe('Het netwerk & de "Wyber"\'s één');
  });
});

describe(lessonSearchText.name, () => {
  it('keeps what a reader sees in reading order, not the feedback of a check or a card', () => {
    const sut = lessonSearchText([
      { kind: 'text', html: '<p>Netwerken in kaart</p>' },
      { kind: 'card', card: 'wie-ontbreekt' },
      { kind: 'reflection', id: 'r', question: 'Wie hoort erbij?', hint: null },
      {
        kind: 'check',
        id: 'c',
        question: 'Wat doet een facilitator?',
        options: [
          { text: 'Zelf oplossen', feedback: 'Nee, dat is het niet.', correct: false },
          { text: 'Ruimte geven', feedback: 'Ja, precies goed.', correct: true },
        ],
      },
    ]);

    expect(sut).toBe(
      'Netwerken in kaart\nWie hoort erbij?\nWat doet een facilitator?\nZelf oplossen\nRuimte geven',
    );
  });
});
