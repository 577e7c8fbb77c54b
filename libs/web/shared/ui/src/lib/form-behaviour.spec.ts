import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { formAction } from './form-action';
import { FormBehaviour } from './form-behaviour';
import { FormProblem } from './form-problem';

@Component({
  imports: [FormBehaviour, FormProblem, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-form-field>
        <mat-label>Naam</mat-label>
        <input matInput formControlName="name" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>E-mailadres</mat-label>
        <input matInput formControlName="email" />
      </mat-form-field>
      <button type="submit">Opslaan</button>
    </form>
    <lr-form-problem [action]="action" />
  `,
})
class Host {
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  readonly action = formAction();
  send: () => Promise<unknown> = () => Promise.resolve(true);

  async save(): Promise<void> {
    if (await this.action.run(() => this.send(), { form: this.form })) this.form.reset();
  }
}

describe(FormBehaviour.name, () => {
  const scrolled: Element[] = [];

  beforeEach(() => {
    localStorage.clear();
    scrolled.length = 0;
    jest.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await fixture.whenStable();
    };
    const input = (name: string) =>
      element.querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`) as HTMLInputElement;
    return { fixture, sut: fixture.componentInstance, element, submit, input };
  }

  it('brings the first invalid field into view and focuses it when a submit is refused', async () => {
    const { element, submit, input } = await render();

    await submit();

    expect(document.activeElement).toBe(input('email'));
    expect(scrolled).toContain(input('email').closest('mat-form-field'));
    expect(element.querySelector('lr-notice')).toBeNull();
  });

  it('focuses a field the server refused', async () => {
    const { sut, submit, input } = await render();
    sut.form.controls.email.setValue('fatma@voorbeeldstad.test');
    sut.send = () =>
      Promise.reject(
        new HttpErrorResponse({
          status: 422,
          headers: new HttpHeaders(),
          error: {
            code: 'validation_failed',
            message: 'Niet alle gegevens zijn goed ingevuld.',
            correlationId: 'r1',
            fields: [{ field: 'name', code: 'too_short', message: 'Te kort.' }],
          },
        }),
      );

    await submit();

    expect(sut.form.controls.name.errors).toEqual({ server: 'Te kort.' });
    expect(document.activeElement).toBe(input('name'));
  });

  it('shows no field as wrong once the form is reset after a successful save', async () => {
    const { fixture, sut, element, submit } = await render();
    sut.form.controls.email.setValue('fatma@voorbeeldstad.test');

    await submit();
    fixture.detectChanges();
    await fixture.whenStable();

    expect(sut.form.controls.email.value).toBe('');
    expect(element.querySelectorAll('.mat-form-field-invalid')).toHaveLength(0);
  });

  it('announces a problem without a field and brings it into view', async () => {
    const { element, sut, submit } = await render();
    sut.form.controls.email.setValue('fatma@voorbeeldstad.test');
    sut.send = () => Promise.reject(new HttpErrorResponse({ status: 0 }));

    await submit();

    const notice = element.querySelector('lr-form-problem lr-notice');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toContain('De server is niet bereikbaar');
    expect(scrolled).toContain(element.querySelector('lr-form-problem'));
  });
});
