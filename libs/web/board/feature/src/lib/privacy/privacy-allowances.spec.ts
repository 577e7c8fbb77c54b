import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PrivacyAllowancesSection } from './privacy-allowances';

describe(PrivacyAllowancesSection.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  const settle = async (fixture: { whenStable: () => Promise<unknown> }) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  };

  it("shows the team's list one per line and saves what is typed, without empty lines", async () => {
    const fixture = TestBed.createComponent(PrivacyAllowancesSection);
    fixture.componentRef.setInput('teamId', 'team-1');
    const backend = TestBed.inject(HttpTestingController);
    TestBed.tick();
    backend
      .expectOne('/api/teams/team-1/privacy-allowances')
      .flush({ fragments: ['14 030', 'Stationsplein 1'] });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    expect(textarea.value).toBe('14 030\nStationsplein 1');

    textarea.value = '14 030\n\n  Stationsplein 1  \nVeilig Thuis 0800 2000\n';
    textarea.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    TestBed.tick();

    const save = backend.expectOne(
      (request) =>
        request.method === 'PUT' && request.url === '/api/teams/team-1/privacy-allowances',
    );
    expect(save.request.body).toEqual({
      fragments: ['14 030', 'Stationsplein 1', 'Veilig Thuis 0800 2000'],
    });
    save.flush({ fragments: ['14 030', 'Stationsplein 1', 'Veilig Thuis 0800 2000'] });
    await settle(fixture);
    expect(element.textContent).toContain('De lijst is bewaard.');
  });
});
