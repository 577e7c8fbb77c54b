import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { StartPage } from './start-page';

describe(StartPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function render() {
    const fixture = TestBed.createComponent(StartPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('says what Leerruimte is and shows the way in, without asking the server anything', async () => {
    const element = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Ruimte om te leren, midden in het werk');
    const links = [...element.querySelectorAll('.actions a')].map((anchor) => [
      anchor.textContent?.trim(),
      anchor.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Inloggen', '/inloggen'],
      ['Denk- en doekaartjes bekijken', '/kaartjes'],
    ]);
    // The platform's status is for platform admins (on their Vandaag), not for visitors.
    expect(element.textContent).not.toContain('Status van het platform');
  });

  it('follows a switch to English', async () => {
    const element = await render();

    TestBed.inject(LocaleService).use('en');
    TestBed.tick();

    expect(element.querySelector('h1')?.textContent).toBe(
      'Room to learn, in the middle of the work',
    );
    expect(element.querySelectorAll('.pillars li')).toHaveLength(5);
  });
});
