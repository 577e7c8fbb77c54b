import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { AppShell } from './app-shell';

describe(AppShell.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('offers a skip link and switches the interface to English and back', async () => {
    const fixture = TestBed.createComponent(AppShell);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const switchButton = () => element.querySelector<HTMLButtonElement>('button.language');

    expect(element.querySelector('.skip-link')?.textContent).toBe('Naar de inhoud');
    expect(switchButton()?.textContent?.trim()).toBe('English');
    expect(switchButton()?.getAttribute('lang')).toBe('en');

    switchButton()?.click();
    await fixture.whenStable();

    expect(TestBed.inject(LocaleService).locale()).toBe('en');
    expect(element.querySelector('.skip-link')?.textContent).toBe('Skip to content');
    expect(switchButton()?.textContent?.trim()).toBe('Nederlands');
  });
});
