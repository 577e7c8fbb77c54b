import { TestBed } from '@angular/core/testing';
import { LocaleService } from './locale.service';
import { defineTexts, injectTexts } from './texts';

const texts = defineTexts(
  { greeting: 'Goedemiddag', members: (count: number) => `${count} teamleden` },
  { greeting: 'Good afternoon', members: (count: number) => `${count} team members` },
);

describe(injectTexts.name, () => {
  beforeEach(() => localStorage.clear());

  it('gives Dutch texts by default and follows a language switch', () => {
    const sut = TestBed.runInInjectionContext(() => injectTexts(texts));
    expect(sut().greeting).toBe('Goedemiddag');
    expect(sut().members(3)).toBe('3 teamleden');

    TestBed.inject(LocaleService).use('en');

    expect(sut().greeting).toBe('Good afternoon');
    expect(sut().members(3)).toBe('3 team members');
  });
});

describe(LocaleService.name, () => {
  beforeEach(() => localStorage.clear());

  it('remembers the chosen language and sets the page language', () => {
    const sut = TestBed.inject(LocaleService);

    sut.use('en');
    TestBed.tick();

    expect(localStorage.getItem('leerruimte.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
