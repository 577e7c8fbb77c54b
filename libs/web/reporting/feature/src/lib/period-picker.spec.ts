import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Period } from './period';
import { PeriodPicker } from './period-picker';

@Component({
  selector: 'lr-picker-host',
  imports: [PeriodPicker],
  template: `<lr-period-picker [(period)]="period" />`,
})
class PickerHost {
  readonly period = signal<Period>({ kind: 'quarter', year: 2026, quarter: 3 });
}

describe(PeriodPicker.name, () => {
  beforeEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(PickerHost);
    await fixture.whenStable();
    const picker = fixture.debugElement.children[0].componentInstance as PeriodPicker;
    // The form is the picker's state; driving it is what the radio buttons and selects do.
    const form = (picker as unknown as { form: PeriodPicker['form'] }).form;
    return { fixture, host: fixture.componentInstance, form };
  }

  it('passes on a half year as soon as it is chosen', async () => {
    const { host, form } = await render();

    form.controls.kind.setValue('half');
    form.controls.half.setValue(2);

    expect(host.period()).toEqual({ kind: 'half', year: 2026, half: 2 });
  });

  it('starts a custom period from the months shown, and holds back an end before the start', async () => {
    const { fixture, host, form } = await render();

    form.controls.kind.setValue('custom');
    expect(host.period()).toEqual({ kind: 'custom', from: '2026-07', to: '2026-09' });

    form.controls.to.setValue('2026-05');
    form.controls.to.markAsTouched();
    await fixture.whenStable();

    expect(host.period()).toEqual({ kind: 'custom', from: '2026-07', to: '2026-09' });
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('mat-error')?.textContent,
    ).toContain('Deze maand ligt vóór de eerste maand.');
  });
});
