import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { requestTo } from '@leerruimte/web-shared-api-client/testing';
import { UnsubscribePage } from './unsubscribe-page';

const token = 'ab'.repeat(32);

describe(UnsubscribePage.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(inputs: { token?: string; kind?: string }) {
    const fixture = TestBed.createComponent(UnsubscribePage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const confirmButton = (element: HTMLElement) =>
    [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Afmelden');

  it('asks before it changes anything, then stops exactly the kind of the link', async () => {
    const { fixture, element } = await render({ token, kind: 'why_question_answered' });
    expect(element.textContent).toContain('Reacties op je waarom-vragen');
    http.expectNone(() => true);

    confirmButton(element)?.click();
    const request = http.expectOne(
      requestTo(`/api/notifications/unsubscribe?token=${token}&kind=why_question_answered`),
    );
    expect(request.request.method).toBe('POST');
    request.flush({ kind: 'why_question_answered', choice: 'off' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=unsubscribed]')?.textContent).toContain(
      'Je krijgt geen mail meer over',
    );
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/meldingen#voorkeuren');
  });

  it('names the daily overview for the digest link', async () => {
    const { element } = await render({ token, kind: 'digest' });
    expect(element.textContent).toContain('het dagelijkse overzicht');
  });

  it('says a link is incomplete without asking the server, and unknown when it does not know it', async () => {
    const incomplete = await render({ kind: 'reflection_prompt' });
    expect(incomplete.element.textContent).toContain('Deze link is niet compleet.');
    expect(confirmButton(incomplete.element)).toBeUndefined();

    const strange = await render({ token, kind: 'everything' });
    expect(strange.element.textContent).toContain('Deze link is niet compleet.');

    const { fixture, element } = await render({ token, kind: 'reflection_prompt' });
    confirmButton(element)?.click();
    http
      .expectOne((request) => request.url === '/api/notifications/unsubscribe')
      .flush({ message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.textContent).toContain('Deze afmeldlink kennen we niet (meer).');
  });
});
