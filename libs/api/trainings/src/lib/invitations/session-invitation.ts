import { DateTime } from 'luxon';
import { icalDocument, icalParameter, icalStamp, icalText } from '@leerruimte/api-core';
import { type MailMessage, paragraphMail } from '@leerruimte/api-infrastructure';
import { EVALUATION_MINIMUM_ANSWERS, type Locale } from '@leerruimte/shared-contracts';

/** Why a participant gets a calendar message about a session. */
export type InvitationReason = 'booked' | 'moved_up' | 'changed' | 'cancelled' | 'called_off';

export interface SessionInvitationFacts {
  /** Stable per booking and date: the same for the invitation and its cancellation. */
  uid: string;
  /** How many calendar messages this booking had before: calendars keep the highest. */
  sequence: number;
  start: Date;
  end: Date;
  title: string;
  description: string;
  place: string;
  onlineUrl: string | null;
  link: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  teamName: string;
}

/**
 * An invitation (METHOD:REQUEST) or its cancellation (METHOD:CANCEL) as RFC 5546 says and
 * calendars accept it: one UID per booking, a SEQUENCE that only goes up, the organizer and
 * the one attendee.
 */
export function sessionCalendar(
  method: 'REQUEST' | 'CANCEL',
  facts: SessionInvitationFacts,
  now = new Date(),
): string {
  return icalDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerruimte//Trainingen//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${facts.uid}`,
    `SEQUENCE:${facts.sequence}`,
    `DTSTAMP:${icalStamp(now)}`,
    `DTSTART:${icalStamp(facts.start)}`,
    `DTEND:${icalStamp(facts.end)}`,
    `SUMMARY:${icalText(facts.title)}`,
    `DESCRIPTION:${icalText([facts.description, facts.onlineUrl, facts.link].filter(Boolean).join('\n\n'))}`,
    `LOCATION:${icalText(facts.place)}`,
    `URL:${facts.link}`,
    `ORGANIZER;CN=${icalParameter(facts.organizer.name)}:mailto:${facts.organizer.email}`,
    `ATTENDEE;CN=${icalParameter(facts.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${facts.attendee.email}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

function when(facts: Pick<SessionInvitationFacts, 'start' | 'end'>, locale: Locale): string {
  const zone = 'Europe/Amsterdam';
  const start = DateTime.fromJSDate(facts.start, { zone }).setLocale(
    locale === 'nl' ? 'nl' : 'en-GB',
  );
  const end = DateTime.fromJSDate(facts.end, { zone });
  const day = start.toFormat('cccc d LLLL yyyy');
  return locale === 'nl'
    ? `${day} van ${start.toFormat('HH:mm')} tot ${end.toFormat('HH:mm')}`
    : `${day} from ${start.toFormat('HH:mm')} to ${end.toFormat('HH:mm')}`;
}

/** The day before: where and when, in the participant's language. */
export function sessionReminderMail(
  locale: Locale,
  facts: Pick<
    SessionInvitationFacts,
    'start' | 'end' | 'title' | 'place' | 'onlineUrl' | 'link' | 'attendee' | 'teamName'
  >,
): MailMessage {
  const nl = locale === 'nl';
  const session = `${facts.title}, ${when(facts, locale)}, ${facts.place}`;
  return paragraphMail({
    to: facts.attendee.email,
    subject: nl ? `Morgen: ${facts.title}` : `Tomorrow: ${facts.title}`,
    paragraphs: [
      nl ? `Hallo ${facts.attendee.name},` : `Hello ${facts.attendee.name},`,
      nl ? `Morgen is het zover: ${session}.` : `Tomorrow is the day: ${session}.`,
      ...(facts.onlineUrl
        ? [nl ? `Online deelnemen: ${facts.onlineUrl}` : `Join online: ${facts.onlineUrl}`]
        : []),
      nl
        ? 'Kun je niet? Meld je af in Leerruimte, dan krijgt iemand van de wachtlijst je plek:'
        : 'Cannot make it? Cancel in Leerruimte, so someone on the waiting list gets your place:',
      facts.link,
    ],
    link: { url: facts.link, label: nl ? 'Naar de trainingen' : 'Go to the trainings' },
  });
}

/** A day after a session nobody marked them present or absent: it counts as absent. */
export function unmarkedAbsenceMail(
  locale: Locale,
  facts: Pick<
    SessionInvitationFacts,
    'start' | 'end' | 'title' | 'place' | 'link' | 'attendee' | 'teamName'
  >,
): MailMessage {
  const nl = locale === 'nl';
  const session = `${facts.title}, ${when(facts, locale)}, ${facts.place}`;
  return paragraphMail({
    to: facts.attendee.email,
    subject: nl ? `Afwezig genoteerd: ${facts.title}` : `Recorded as absent: ${facts.title}`,
    paragraphs: [
      nl ? `Hallo ${facts.attendee.name},` : `Hello ${facts.attendee.name},`,
      nl
        ? `Je stond ingeschreven voor ${session}. Er is geen aanwezigheid voor je geregistreerd, dus staat de bijeenkomst nu als afwezig genoteerd en telt ze niet mee in je leerverslag.`
        : `You were enrolled in ${session}. No attendance was registered for you, so the session is now recorded as absent and does not count in your learning record.`,
      nl
        ? 'Was je er wel? Vraag je teamleider het in de presentielijst aan te passen.'
        : 'Were you there? Ask your team lead to correct it in the register.',
      facts.link,
    ],
    link: { url: facts.link, label: nl ? 'Naar de trainingen' : 'Go to the trainings' },
  });
}

/** After a session they attended: an invitation to evaluate it, anonymously. */
export function evaluationRequestMail(
  locale: Locale,
  facts: Pick<SessionInvitationFacts, 'start' | 'end' | 'title' | 'link' | 'attendee'>,
): MailMessage {
  const nl = locale === 'nl';
  const session = `${facts.title}, ${when(facts, locale)}`;
  return paragraphMail({
    to: facts.attendee.email,
    subject: nl ? `Hoe was het? ${facts.title}` : `How was it? ${facts.title}`,
    paragraphs: [
      nl ? `Hallo ${facts.attendee.name},` : `Hello ${facts.attendee.name},`,
      nl
        ? `Je was bij ${session}. Wil je in een minuut laten weten wat je ervan vond? Vier korte stellingen, met een score van 1 tot 5.`
        : `You attended ${session}. Would you take a minute to say what you thought of it? Four short statements, scored from 1 to 5.`,
      nl
        ? `Je evaluatie is anoniem: je teamleider ziet alleen gemiddelden, en pas als minstens ${EVALUATION_MINIMUM_ANSWERS} deelnemers evalueerden.`
        : `Your evaluation is anonymous: your team lead sees averages only, and only once at least ${EVALUATION_MINIMUM_ANSWERS} participants evaluated.`,
      facts.link,
    ],
    link: { url: facts.link, label: nl ? 'Bijeenkomst evalueren' : 'Evaluate the session' },
  });
}

/** The mail with the calendar part, in the participant's language. */
export function sessionInvitationMail(
  locale: Locale,
  reason: InvitationReason,
  facts: SessionInvitationFacts,
  now = new Date(),
): MailMessage {
  const nl = locale === 'nl';
  const session = `${facts.title}, ${when(facts, locale)}, ${facts.place}`;
  const opening = {
    booked: nl ? `Je bent ingeschreven voor ${session}.` : `You are enrolled in ${session}.`,
    moved_up: nl
      ? `Er kwam een plek vrij: je bent van de wachtlijst ingeschreven voor ${session}.`
      : `A place came free: you moved up from the waiting list and are enrolled in ${session}.`,
    changed: nl
      ? `De bijeenkomst is gewijzigd. Je plek blijft; dit is de nieuwe tijd en plaats: ${session}.`
      : `The session has changed. Your place stays; this is the new time and place: ${session}.`,
    cancelled: nl
      ? `Je bent afgemeld voor ${session}.`
      : `Your place in ${session} has been cancelled.`,
    called_off: nl
      ? `${session} gaat niet door: je teamleider heeft de bijeenkomst geannuleerd. Je inschrijving of plek op de wachtlijst vervalt.`
      : `${session} has been called off by your team lead. Your place or place on the waiting list lapses.`,
  }[reason];
  const method = reason === 'cancelled' || reason === 'called_off' ? 'CANCEL' : 'REQUEST';
  // Who only waited never had the appointment: nothing to take out of their calendar.
  const withCalendar = !(reason === 'called_off' && facts.sequence === 0);
  const calendarLine = !withCalendar
    ? undefined
    : method === 'CANCEL'
      ? nl
        ? 'Met de bijlage haal je de afspraak uit je agenda.'
        : 'The attachment removes the appointment from your calendar.'
      : nl
        ? 'De afspraak voor je agenda zit bij deze mail.'
        : 'The appointment for your calendar comes with this mail.';
  const subject = {
    booked: nl ? `Ingeschreven: ${facts.title}` : `Enrolled: ${facts.title}`,
    moved_up: nl ? `Plek vrijgekomen: ${facts.title}` : `A place for you: ${facts.title}`,
    changed: nl ? `Gewijzigd: ${facts.title}` : `Changed: ${facts.title}`,
    cancelled: nl ? `Afgemeld: ${facts.title}` : `Cancelled: ${facts.title}`,
    called_off: nl ? `Gaat niet door: ${facts.title}` : `Called off: ${facts.title}`,
  }[reason];
  return {
    ...paragraphMail({
      to: facts.attendee.email,
      subject,
      paragraphs: [
        nl ? `Hallo ${facts.attendee.name},` : `Hello ${facts.attendee.name},`,
        opening,
        ...(calendarLine ? [calendarLine] : []),
        nl
          ? `De trainingen van ${facts.teamName} staan in Leerruimte:`
          : `The trainings of ${facts.teamName} are in Leerruimte:`,
        facts.link,
      ],
      link: { url: facts.link, label: nl ? 'Naar de trainingen' : 'Go to the trainings' },
    }),
    ...(withCalendar && { calendar: { method, content: sessionCalendar(method, facts, now) } }),
  };
}
