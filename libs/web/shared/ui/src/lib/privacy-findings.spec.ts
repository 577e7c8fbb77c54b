import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { CLIENT_DATA_CONTEXT } from './client-data-context';
import { PrivacyFindings, guardedText } from './privacy-findings';

describe(guardedText.name, () => {
  function form() {
    return new FormGroup({
      question: new FormControl('Waarom bellen we 0612345678?', { nonNullable: true }),
      roles: new FormControl('Ik bel', { nonNullable: true }),
      confirmedNotClientData: new FormControl(false, { nonNullable: true }),
    });
  }

  it('gives the texts of the guarded fields as one', () => {
    const guarded = form();
    const text = TestBed.runInInjectionContext(() => guardedText(guarded, ['question', 'roles']));
    expect(text()).toBe('Waarom bellen we 0612345678?\n\nIk bel');
    guarded.controls.roles.setValue('Jij belt');
    expect(text()).toBe('Waarom bellen we 0612345678?\n\nJij belt');
  });

  it("clears the API's refusal when the author confirms, so the form can be sent", () => {
    const guarded = form();
    TestBed.runInInjectionContext(() => guardedText(guarded, ['question']));
    guarded.controls.question.setErrors({ server: 'lijkt op een telefoonnummer' });
    expect(guarded.valid).toBe(false);

    guarded.controls.confirmedNotClientData.setValue(true);

    expect(guarded.controls.question.errors).toBeNull();
    expect(guarded.valid).toBe(true);
  });
});

describe(PrivacyFindings.name, () => {
  async function findingsFor(text: string, skipNames?: string[]) {
    TestBed.configureTestingModule({
      providers: skipNames
        ? [{ provide: CLIENT_DATA_CONTEXT, useValue: signal({ skipNames }) }]
        : [],
    });
    const fixture = TestBed.createComponent(PrivacyFindings);
    fixture.componentRef.setInput('text', text);
    fixture.componentRef.setInput('confirmed', new FormControl(false, { nonNullable: true }));
    await fixture.whenStable();
    // The guard's code is loaded when the first text arrives; then the findings show.
    await import('@leerruimte/shared-privacy');
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).querySelectorAll('li').length;
  }

  it("skips what the API skips for the author: a colleague's name is no resident's", async () => {
    const text = 'Waarom sprak bewoner Zoe Zuid pas na een week met ons?';

    expect(await findingsFor(text)).toBe(1);
    TestBed.resetTestingModule();
    expect(await findingsFor(text, ['Zoe Zuid'])).toBe(0);
  });
});
