import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { focusFirstFieldOnOpen } from './focus-first-field';

@Component({
  selector: 'lr-opened-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button type="button">Terug</button><input aria-label="Naam" /><textarea></textarea>`,
})
class OpenedForm {
  readonly focusFirst = input(false);
  constructor() {
    focusFirstFieldOnOpen(() => this.focusFirst());
  }
}

describe('focusFirstFieldOnOpen', () => {
  async function render(focusFirst: boolean): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(OpenedForm);
    fixture.componentRef.setInput('focusFirst', focusFirst);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('focuses the first field, not a button before it, when asked', async () => {
    const host = await render(true);
    expect(document.activeElement).toBe(host.querySelector('input'));
  });

  it('leaves the focus alone otherwise', async () => {
    await render(false);
    expect(document.activeElement).toBe(document.body);
  });
});
