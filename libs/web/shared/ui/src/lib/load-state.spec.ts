import { HttpErrorResponse } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LoadState, type LoadingResource } from './load-state';

class FakeResource implements LoadingResource {
  readonly value = signal<string | undefined>(undefined);
  readonly failure = signal<unknown>(undefined);
  reloads = 0;
  hasValue(): boolean {
    return this.value() !== undefined;
  }
  error(): unknown {
    return this.failure();
  }
  reload(): boolean {
    this.reloads++;
    return true;
  }
}

@Component({
  imports: [LoadState],
  template: `<lr-load-state
    [resource]="resource"
    [back]="{ link: '/leren', label: 'Alle modules' }"
  >
    @if (resource.hasValue()) {
      <p>{{ resource.value() }}</p>
    }
  </lr-load-state>`,
})
class Host {
  readonly resource = new FakeResource();
}

describe(LoadState.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const update = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { resource: fixture.componentInstance.resource, element, update };
  }

  it('announces loading, then shows only the content', async () => {
    const { resource, element, update } = await render();
    expect(element.querySelector('[aria-live="polite"]')?.textContent).toContain(
      'Bezig met laden…',
    );

    resource.value.set('Drie vragen');
    await update();
    expect(element.textContent?.trim()).toBe('Drie vragen');
  });

  it('says the data could not be loaded and retries on request', async () => {
    const { resource, element, update } = await render();
    resource.failure.set(new Error('offline'));
    await update();

    expect(element.querySelector('lr-notice')?.textContent).toContain(
      'Dit kon niet worden opgehaald.',
    );
    element.querySelector('button')?.click();
    expect(resource.reloads).toBe(1);
  });

  it('says a page that does not exist is not there, with a way back and no retry', async () => {
    const { resource, element, update } = await render();
    resource.failure.set(new HttpErrorResponse({ status: 404, url: '/api/modules/weg' }));
    await update();

    const notice = element.querySelector('[data-testid=unavailable]');
    expect(notice?.textContent).toContain('Dit bestaat niet, of niet meer.');
    expect(notice?.textContent).not.toContain('Probeer het opnieuw');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/leren');
    expect(notice?.querySelector('a')?.textContent).toBe('Alle modules');
    expect(element.querySelector('button')).toBeNull();
  });

  it('says what is not yours to see, also when the resource wrapped the failure', async () => {
    const { resource, element, update } = await render();
    resource.failure.set(new Error('wrapped', { cause: new HttpErrorResponse({ status: 403 }) }));
    await update();

    expect(element.querySelector('[data-testid=unavailable]')?.textContent).toContain(
      'Dit is niet voor jou zichtbaar',
    );
    expect(element.querySelector('button')).toBeNull();
  });
});
