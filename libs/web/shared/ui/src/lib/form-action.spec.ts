import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { formAction } from './form-action';

describe(formAction.name, () => {
  const create = () => TestBed.runInInjectionContext(() => formAction());
  const refusal = (status: number, error: object) =>
    new HttpErrorResponse({ status, error, headers: new HttpHeaders() });

  it('sends nothing while the form is invalid', async () => {
    const action = create();
    const form = new FormGroup({ name: new FormControl('', Validators.required) });
    const send = jest.fn();

    expect(await action.run(send, { form })).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
    expect(form.controls.name.touched).toBe(true);
  });

  it('returns the result and is busy only while the request runs', async () => {
    const action = create();
    let busyDuring = false;

    const result = await action.run(async () => {
      busyDuring = action.busy();
      return 42;
    });

    expect(result).toBe(42);
    expect(busyDuring).toBe(true);
    expect(action.busy()).toBe(false);
  });

  it('puts field errors under the fields and shows only what has no field', async () => {
    const action = create();
    const form = new FormGroup({ code: new FormControl('123456') });
    const body = {
      code: 'validation_failed',
      message: 'Niet alle gegevens zijn goed ingevuld.',
      correlationId: 'r1',
      fields: [{ field: 'code', code: 'wrong', message: 'Deze code klopt niet.' }],
    };

    await action.run(() => Promise.reject(refusal(422, body)), { form });
    expect(form.controls.code.errors).toEqual({ server: 'Deze code klopt niet.' });
    expect(action.problem()).toBeNull();

    const freshForm = new FormGroup({ code: new FormControl('123456') });
    await action.run(() => Promise.reject(refusal(422, { ...body, fields: [] })), {
      form: freshForm,
    });
    expect(action.problem()).toBe('Niet alle gegevens zijn goed ingevuld.');
  });

  it('says when the server is unreachable or failed without an explanation', async () => {
    const action = create();

    await action.run(() => Promise.reject(new HttpErrorResponse({ status: 0 })));
    expect(action.problem()).toContain('De server is niet bereikbaar');

    await action.run(() =>
      Promise.reject(
        new HttpErrorResponse({ status: 502, headers: new HttpHeaders({ 'x-request-id': 'r9' }) }),
      ),
    );
    expect(action.problem()).toContain('noem code r9');
  });
});
