import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { z } from 'zod';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { FieldErrors, zodValidator } from './field-errors';

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
