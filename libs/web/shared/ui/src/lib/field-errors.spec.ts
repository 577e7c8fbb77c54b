import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { z } from 'zod';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { FieldErrors, filledIn, zodValidator } from './field-errors';

@Component({
  imports: [FieldErrors, ReactiveFormsModule],
  template: `<input [formControl]="title" /><lr-field-errors [control]="title" />`,
})
class Host {
  readonly title = new FormControl('', [
    Validators.required,
    zodValidator(z.string().min(5).max(60)),
  ]);
}

describe(FieldErrors.name, () => {
  beforeEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const message = () =>
      (fixture.nativeElement as HTMLElement).querySelector('lr-field-errors')?.textContent?.trim();
    return { fixture, host: fixture.componentInstance, message };
  }

  it('says nothing until the field was touched', async () => {
    const { message } = await render();

    expect(message()).toBe('');
  });

  it('shows the shared-contract rule in the interface language', async () => {
    const { fixture, host, message } = await render();

    host.title.setValue('Kort');
    host.title.markAsTouched();
    await fixture.whenStable();
    expect(message()).toBe('Moet minstens 5 tekens lang zijn.');

    TestBed.inject(LocaleService).use('en');
    await fixture.whenStable();
    expect(message()).toBe('Must be at least 5 characters.');
  });

  it('shows an error from the server first', async () => {
    const { fixture, host, message } = await render();

    host.title.setValue('Een goede titel');
    host.title.setErrors({ server: 'Er is al een experiment met deze titel.' });
    host.title.markAsTouched();
    await fixture.whenStable();

    expect(message()).toBe('Er is al een experiment met deze titel.');
  });
});

describe(filledIn.name, () => {
  const sut = filledIn(10);
  const check = (value: string) => sut(new FormControl(value));

  it('asks for text when a free-text field holds only spaces', () => {
    expect(check('   ')).toEqual({ required: true });
    expect(check('Eerst vragen')).toEqual({
      maxlength: { requiredLength: 10, actualLength: 12 },
    });
    expect(check('Luisteren')).toBeNull();
  });

  it('says how long the text is and how long it may be', async () => {
    @Component({
      imports: [FieldErrors, ReactiveFormsModule],
      template: `<lr-field-errors [control]="answer" />`,
    })
    class Answer {
      readonly answer = new FormControl('Dit antwoord is te lang', [filledIn(10)]);
    }
    const fixture = TestBed.createComponent(Answer);
    fixture.componentInstance.answer.markAsTouched();
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe(
      'Dit is 23 tekens; het mogen er hoogstens 10 zijn.',
    );
  });
});
