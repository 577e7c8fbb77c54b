import { FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors } from './server-errors';

describe(applyServerErrors.name, () => {
  it('puts each field error on its control and returns the rest', () => {
    const form = new FormGroup({
      title: new FormControl('x'),
      address: new FormGroup({ postcode: new FormControl('') }),
    });

    const rest = applyServerErrors(form, {
      code: 'validation_failed',
      message: 'Niet alle gegevens zijn goed ingevuld.',
      correlationId: 'r1',
      fields: [
        { field: 'title', code: 'too_small', message: 'Moet minstens 3 tekens lang zijn.' },
        { field: 'address.postcode', code: 'invalid_type', message: 'Dit veld is verplicht.' },
        { field: 'teamId', code: 'invalid_format', message: 'Moet een geldige id (UUID) zijn.' },
      ],
    });

    expect(form.get('title')?.errors).toEqual({ server: 'Moet minstens 3 tekens lang zijn.' });
    expect(form.get('title')?.touched).toBe(true);
    expect(form.get('address.postcode')?.errors).toEqual({ server: 'Dit veld is verplicht.' });
    expect(rest).toEqual(['Moet een geldige id (UUID) zijn.']);
  });

  it('finds the controls of a form whose fields the request holds under a prefix', () => {
    const form = new FormGroup({ title: new FormControl('x') });

    const rest = applyServerErrors(
      form,
      {
        code: 'validation_failed',
        message: 'Niet alle gegevens zijn goed ingevuld.',
        correlationId: 'r2',
        fields: [
          { field: 'training.title', code: 'too_small', message: 'Te kort.' },
          { field: 'teamIds.0', code: 'not_in_organisation', message: 'Hoort er niet bij.' },
          {
            field: 'title',
            code: 'too_small',
            message: 'Zonder voorvoegsel: niet van dit formulier.',
          },
        ],
      },
      'training.',
    );

    expect(form.get('title')?.errors).toEqual({ server: 'Te kort.' });
    expect(rest).toEqual(['Hoort er niet bij.', 'Zonder voorvoegsel: niet van dit formulier.']);
  });
});
