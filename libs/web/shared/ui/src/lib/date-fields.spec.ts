import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Validators } from '@angular/forms';
import { DateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { By } from '@angular/platform-browser';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { DateField, TimeField } from './date-fields';
import { dateControl, timeControl, toIsoDate, toIsoTime } from './iso-dates';

@Component({
  imports: [DateField, TimeField],
  template: `
    <lr-date-field [control]="day" label="Vanaf" />
    <lr-time-field [control]="time" label="Tijd" />
  `,
})
class Host {
  readonly day = dateControl('2026-12-07', [Validators.required]);
  readonly time = timeControl('15:00');
}

describe(DateField.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({});
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const [dateInput, timeInput] = Array.from(element.querySelectorAll('input'));
    const type = async (input: HTMLInputElement, text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    return { fixture, element, sut: fixture.componentInstance, dateInput, timeInput, type };
  }

  it('shows a date as dd-MM-yyyy and a time on a 24-hour clock', async () => {
    const { dateInput, timeInput } = await render();

    expect(dateInput.value).toBe('07-12-2026');
    expect(timeInput.value).toBe('15:00');
  });

  it('reads a date typed the Dutch way, with or without leading zeros', async () => {
    const { sut, dateInput, type } = await render();

    await type(dateInput, '7-1-2027');
    expect(toIsoDate(sut.day.value)).toBe('2027-01-07');

    await type(dateInput, '08-12-2026');
    expect(toIsoDate(sut.day.value)).toBe('2026-12-08');
    expect(dateInput.value).toBe('08-12-2026');
  });

  it('reads a typed time as a 24-hour clock time', async () => {
    const { sut, timeInput, type } = await render();

    await type(timeInput, '9.30');
    expect(toIsoTime(sut.time.value)).toBe('09:30');

    await type(timeInput, '1545');
    expect(toIsoTime(sut.time.value)).toBe('15:45');

    await type(timeInput, '930');
    expect(toIsoTime(sut.time.value)).toBe('09:30');
  });

  it('says how to write a date it could not read, instead of "required"', async () => {
    const { fixture, element, sut, dateInput, type } = await render();

    await type(dateInput, '2026');
    sut.day.markAsTouched();
    fixture.detectChanges();
    await fixture.whenStable();

    expect(sut.day.value).toBeNull();
    expect(sut.day.hasError('matDatepickerParse')).toBe(true);
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Vul een datum in als dd-mm-jjjj',
    );
  });

  it('names each picker button after its field, in the interface language', async () => {
    const { fixture, element } = await render();
    const toggles = () =>
      Array.from(element.querySelectorAll('button')).map((button) =>
        button.getAttribute('aria-label'),
      );

    expect(toggles()).toEqual(['Kalender openen: Vanaf', 'Tijden tonen: Tijd']);

    TestBed.inject(LocaleService).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(toggles()).toEqual(['Open calendar: Vanaf', 'Show times: Tijd']);
  });

  it('gives the calendar the words and month names of the interface language, weeks from Monday', async () => {
    const { fixture } = await render();
    // Each field brings its own adapter, so the pickers load only with pages that have one.
    const field = fixture.debugElement.query(By.directive(DateField)).injector;
    const adapter = field.get(DateAdapter);
    const intl = field.get(MatDatepickerIntl);

    expect(adapter.getMonthNames('long')[11]).toBe('december');
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    expect(intl.nextMonthLabel).toBe('Volgende maand');

    TestBed.inject(LocaleService).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(adapter.getMonthNames('long')[11]).toBe('December');
    expect(intl.nextMonthLabel).toBe('Next month');
  });
});
