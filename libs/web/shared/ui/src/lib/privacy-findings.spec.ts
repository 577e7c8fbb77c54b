import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { guardedText } from './privacy-findings';

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
