import { isSafeContentUrl, markdown } from './content-files';

describe('markdown', () => {
  it('renders what authors write: paragraphs, emphasis, lists and web links', () => {
    expect(
      markdown('Een **vet** woord en een [link](https://www.movisie.nl/).\n\n- een\n- twee'),
    ).toBe(
      '<p>Een <strong>vet</strong> woord en een <a href="https://www.movisie.nl/">link</a>.</p>\n' +
        '<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n',
    );
  });

  it.each([
    ['a script block', '<script>alert(1)</script>'],
    ['an inline tag with a handler', 'Tekst <img src=x onerror="alert(1)"> hier'],
    ['a link to javascript:', '[klik](javascript:alert(1))'],
    ['a link with the scheme in capitals and a tab', '[klik](JavaScript\t:alert(1))'],
    ['a link with an encoded scheme', '[klik](java&#115;cript:alert(1))'],
    ['an autolink to javascript:', '<javascript:alert(1)>'],
    ['an image from data:', '![plaatje](data:text/html;base64,PHNjcmlwdD4=)'],
    ['an iframe', '<iframe src="https://example.org"></iframe>'],
  ])('leaves nothing a browser would run from %s', (_, source) => {
    const html = markdown(source);
    const document = html.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    expect(document).not.toMatch(/<(script|iframe|img)\b/i);
    expect(document).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    expect(document).not.toMatch(/(href|src)="\s*(javascript|data|vbscript)/i);
  });

  it('shows HTML written in the source as text, and an unsafe link as its text', () => {
    expect(markdown('Een <b>vet</b> woord')).toBe('<p>Een &lt;b&gt;vet&lt;/b&gt; woord</p>\n');
    expect(markdown('[klik hier](javascript:alert(1))')).toBe('<p>klik hier</p>\n');
  });
});

describe(isSafeContentUrl.name, () => {
  it.each([
    'https://movisie.nl',
    'http://x.nl',
    'mailto:a@b.nl',
    'tel:0201234567',
    '/leren',
    '#doel',
    'les-2',
    '?a=b:c',
  ])('lets %s through', (url) => expect(isSafeContentUrl(url)).toBe(true));
  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:x',
    'java\tscript:x',
    'java&#115;cript:x',
    'java&#x73;cript:x',
    'javascript&colon;x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
  ])('stops %s', (url) => expect(isSafeContentUrl(url)).toBe(false));
});
