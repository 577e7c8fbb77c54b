import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Breadcrumb } from './breadcrumb';

@Component({
  imports: [Breadcrumb],
  template: `<lr-breadcrumb
    [trail]="[{ label: 'Leerbord', link: '/team/t1/leerbord' }]"
    [current]="title()"
  />`,
})
class Host {
  readonly title = signal<string | undefined>(undefined);
}

describe(Breadcrumb.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('links the pages above and marks this page once its title is known', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Kruimelpad');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/team/t1/leerbord');
    expect(element.querySelector('[aria-current]')).toBeNull();

    fixture.componentInstance.title.set('Waarom beginnen we met de indicatie?');
    await fixture.whenStable();
    expect(element.querySelector('[aria-current="page"]')?.textContent).toBe(
      'Waarom beginnen we met de indicatie?',
    );
  });
});
