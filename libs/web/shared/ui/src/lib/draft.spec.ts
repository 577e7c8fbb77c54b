import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { readDraft, writeDraft } from '@leerruimte/web-shared-util';
import { Draft } from './draft';
import { forgetDraftOf } from './form-registry';

@Component({
  imports: [Draft, ReactiveFormsModule],
  template: `<form [formGroup]="form" lrDraft="prompt:42">
    <textarea formControlName="answer"></textarea>
  </form>`,
})
class AnswerForm {
  readonly form = new FormGroup({
    answer: new FormControl('', { nonNullable: true }),
    shared: new FormControl(false, { nonNullable: true }),
  });
}

describe(Draft.name, () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps what is typed and puts it back when the form comes back', async () => {
    const first = TestBed.createComponent(AnswerForm);
    await first.whenStable();
    const textarea = (first.nativeElement as HTMLElement).querySelector('textarea');
    if (!textarea) throw new Error('no textarea');
    textarea.value = 'Eerst vragen wat iemand zelf wil';
    textarea.dispatchEvent(new Event('input'));
    first.destroy();

    const second = TestBed.createComponent(AnswerForm);
    await second.whenStable();

    expect(second.componentInstance.form.getRawValue()).toEqual({
      answer: 'Eerst vragen wat iemand zelf wil',
      shared: false,
    });
    expect(second.componentInstance.form.dirty).toBe(true);
  });

  it('does not keep a form nobody changed, and forgets a saved one', async () => {
    const fixture = TestBed.createComponent(AnswerForm);
    await fixture.whenStable();
    const { form } = fixture.componentInstance;

    form.setValue({ answer: 'door code gezet', shared: false });
    expect(readDraft('prompt:42')).toBeUndefined();

    writeDraft('prompt:42', { answer: 'getypt', shared: true });
    forgetDraftOf(form);
    expect(readDraft('prompt:42')).toBeUndefined();
  });
});
