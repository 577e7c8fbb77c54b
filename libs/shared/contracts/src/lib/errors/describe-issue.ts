import type { z } from 'zod';
import type { Locale } from '../i18n/locale';
import type { FieldError } from './error-body';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, { nl: string; en: string }> = {
  string: { nl: 'een tekst', en: 'a text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'ja of nee (true/false)', en: 'yes or no (true/false)' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een object', en: 'an object' },
  date: { nl: 'een datum', en: 'a date' },
};

const formatNames: Record<string, { nl: string; en: string }> = {
  email: { nl: 'een geldig e-mailadres', en: 'a valid e-mail address' },
  url: { nl: 'een geldige URL', en: 'a valid URL' },
  uuid: { nl: 'een geldige id (UUID)', en: 'a valid id (UUID)' },
  datetime: { nl: 'een datum en tijd (ISO 8601)', en: 'a date and time (ISO 8601)' },
  date: { nl: 'een datum (JJJJ-MM-DD)', en: 'a date (YYYY-MM-DD)' },
  time: { nl: 'een tijd (UU:MM)', en: 'a time (HH:MM)' },
};

/** Messages for refinements that name their reason in `params.reason`. */
const customReasons: Record<string, { nl: string; en: string }> = {
  not_a_domain: {
    nl: 'Moet een domeinnaam zijn, zoals gemeente.nl.',
    en: 'Must be a domain name, such as gemeente.nl.',
  },
  control_characters: {
    nl: 'Bevat stuurtekens die niet in een tekst horen.',
    en: 'Contains control characters that do not belong in a text.',
  },
  period_too_long: {
    nl: 'Een periode is hoogstens drie jaar.',
    en: 'A period is at most three years.',
  },
  date_out_of_range: {
    nl: 'Moet een datum tussen 1900 en 2999 zijn.',
    en: 'Must be a date between 1900 and 2999.',
  },
  unpaired_surrogate: {
    nl: 'Bevat een ongeldig teken (een losse helft van een emoji of ander teken).',
    en: 'Contains an invalid character (half of an emoji or another character).',
  },
  end_before_start: {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
  end_time_before_start: {
    nl: 'De eindtijd ligt vóór of op de begintijd.',
    en: 'The end time is not after the start time.',
  },
  break_too_long: {
    nl: 'De pauze is even lang als of langer dan de bijeenkomst.',
    en: 'The break is as long as the session or longer.',
  },
  minutes_with_partly_only: {
    nl: 'Vul minuten in bij deels aanwezig, en alleen dan.',
    en: 'Give minutes for partly attended, and only then.',
  },
  no_trainer: {
    nl: 'Noem ten minste één trainer: een teamlid of een naam van buiten.',
    en: 'Name at least one trainer: a team member or a name from outside.',
  },
  duplicate: {
    nl: 'Staat er twee keer in.',
    en: 'Is listed twice.',
  },
};

function typeName(name: string, locale: Locale): string {
  return typeNames[name]?.[locale] ?? name;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function message(issue: Issue, input: unknown, locale: Locale): string {
  const nl = locale === 'nl';
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) == null) {
        return nl ? 'Dit veld is verplicht.' : 'This field is required.';
      }
      return nl
        ? `Moet ${typeName(issue.expected, locale)} zijn.`
        : `Must be ${typeName(issue.expected, locale)}.`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (min === 1) {
          return nl ? 'Dit veld mag niet leeg zijn.' : 'This field must not be empty.';
        }
        return nl
          ? `Moet minstens ${min} tekens lang zijn.`
          : `Must be at least ${min} characters.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return nl ? `Kies er minstens ${min}.` : `Choose at least ${min}.`;
      }
      return nl ? `Moet minstens ${min} zijn.` : `Must be at least ${min}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        return nl ? `Mag hoogstens ${max} tekens lang zijn.` : `Must be at most ${max} characters.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return nl ? `Kies er hoogstens ${max}.` : `Choose at most ${max}.`;
      }
      return nl ? `Mag hoogstens ${max} zijn.` : `Must be at most ${max}.`;
    }
    case 'invalid_format': {
      const format = formatNames[issue.format];
      if (format) {
        return nl ? `Moet ${format.nl} zijn.` : `Must be ${format.en}.`;
      }
      return nl ? 'Heeft niet de juiste vorm.' : 'Does not have the right format.';
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => String(value)).join(', ');
      return nl ? `Moet een van deze waarden zijn: ${options}.` : `Must be one of: ${options}.`;
    }
    case 'unrecognized_keys':
      return nl ? 'Dit veld is onbekend.' : 'This field is not known.';
    case 'not_multiple_of':
      return nl
        ? `Moet een veelvoud van ${String(issue.divisor)} zijn.`
        : `Must be a multiple of ${String(issue.divisor)}.`;
    case 'custom': {
      const reason = customReasons[String(issue.params?.['reason'])];
      if (reason) return reason[locale];
      return nl ? 'Deze waarde is ongeldig.' : 'This value is not valid.';
    }
    default:
      return nl ? 'Deze waarde is ongeldig.' : 'This value is not valid.';
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

/**
 * Turns zod issues into field errors with a message in the caller's language. Shared by the
 * API (response bodies) and the web app (form validation), so both say the same thing.
 * `input` is what was parsed: zod does not keep it, and "missing" reads better than "wrong type".
 */
export function describeIssues(
  issues: readonly Issue[],
  input: unknown,
  locale: Locale,
): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: pathOf([...issue.path, key]),
        code: issue.code,
        message: message(issue, input, locale),
      }));
    }
    return [
      { field: pathOf(issue.path), code: issue.code, message: message(issue, input, locale) },
    ];
  });
}
