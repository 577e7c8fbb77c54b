import ICAL from 'ical.js';
import {
  type SessionInvitationFacts,
  sessionCalendar,
  sessionInvitationMail,
} from './session-invitation';

const facts: SessionInvitationFacts = {
  uid: 'training-session-s1-u1@leerruimte.test',
  sequence: 0,
  start: new Date('2026-12-14T08:30:00Z'),
  end: new Date('2026-12-14T15:30:00Z'),
  title: 'Sociale NetwerkStrategieën, dag 3',
  description: 'Het netwerkberaad oefenen; neem een casus mee.',
  place: 'Wijkcentrum De Linde, zaal 2',
  onlineUrl: null,
  link: 'https://leerruimte.test/team/t1/trainingen',
  organizer: { name: 'Leerruimte', email: 'noreply@leerruimte.test' },
  attendee: { name: 'Fatma Yilmaz', email: 'fatma@voorbeeldstad.test' },
  teamName: 'Wijkteam Noord',
};

/** Parsed back by a real iCalendar parser, as a calendar app reads it. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const [event] = calendar.getAllSubcomponents('vevent');
  return { calendar, event, count: calendar.getAllSubcomponents('vevent').length };
}

describe(sessionCalendar.name, () => {
  it('invites with METHOD:REQUEST, a stable UID, the sequence, organizer and attendee', () => {
    const { calendar, event, count } = parse(sessionCalendar('REQUEST', facts));

    expect(count).toBe(1);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(facts.uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getFirstPropertyValue('summary')).toBe(facts.title);
    expect(event.getFirstPropertyValue('location')).toBe(facts.place);
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-12-14T08:30:00Z');
    expect(String(event.getFirstPropertyValue('dtend'))).toBe('2026-12-14T15:30:00Z');
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:noreply@leerruimte.test');
    expect(event.getFirstProperty('attendee')?.getParameter('cn')).toBe('Fatma Yilmaz');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('updates with the same UID and a higher sequence, and cancels with METHOD:CANCEL', () => {
    const update = parse(sessionCalendar('REQUEST', { ...facts, sequence: 1, place: 'Zaal 3' }));
    const cancel = parse(sessionCalendar('CANCEL', { ...facts, sequence: 2 }));

    expect(update.event.getFirstPropertyValue('uid')).toBe(facts.uid);
    expect(update.event.getFirstPropertyValue('sequence')).toBe(1);
    expect(update.event.getFirstPropertyValue('location')).toBe('Zaal 3');
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.getFirstPropertyValue('uid')).toBe(facts.uid);
    expect(cancel.event.getFirstPropertyValue('sequence')).toBe(2);
    expect(cancel.event.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('keeps text with line breaks, commas and quotes in one event and one name', () => {
    const { event, count } = parse(
      sessionCalendar('REQUEST', {
        ...facts,
        title: 'Hollen, of stilstaan?\r\nBEGIN:VEVENT',
        attendee: { name: 'Joost "JV" Visser', email: 'joost@voorbeeldstad.test' },
      }),
    );

    expect(count).toBe(1);
    expect(event.getFirstPropertyValue('summary')).toBe('Hollen, of stilstaan?\nBEGIN:VEVENT');
    expect(event.getFirstProperty('attendee')?.getParameter('cn')).toBe('Joost JV Visser');
  });
});

describe(sessionInvitationMail.name, () => {
  it('writes the mail in the participant’s language with the calendar part beside it', () => {
    const mail = sessionInvitationMail('nl', 'moved_up', facts);

    expect(mail.subject).toBe('Plek vrijgekomen: Sociale NetwerkStrategieën, dag 3');
    expect(mail.text).toContain(
      'Er kwam een plek vrij: je bent van de wachtlijst ingeschreven voor Sociale NetwerkStrategieën, dag 3, maandag 14 december 2026 van 09:30 tot 16:30, Wijkcentrum De Linde, zaal 2.',
    );
    expect(mail.calendar?.method).toBe('REQUEST');
    expect(sessionInvitationMail('en', 'cancelled', facts).calendar?.method).toBe('CANCEL');
  });

  it('calls a session off: a CANCEL for who had it, a plain mail for who only waited', () => {
    const booked = sessionInvitationMail('nl', 'called_off', { ...facts, sequence: 1 });
    const waited = sessionInvitationMail('nl', 'called_off', { ...facts, sequence: 0 });

    expect(booked.subject).toBe('Gaat niet door: Sociale NetwerkStrategieën, dag 3');
    expect(booked.text).toContain('gaat niet door: je teamleider heeft de bijeenkomst geannuleerd');
    expect(booked.text).toContain('Met de bijlage haal je de afspraak uit je agenda.');
    const cancel = parse(booked.calendar?.content ?? '');
    expect(booked.calendar?.method).toBe('CANCEL');
    expect(cancel.event.getFirstPropertyValue('uid')).toBe(facts.uid);
    expect(cancel.event.getFirstPropertyValue('sequence')).toBe(1);
    expect(cancel.event.getFirstPropertyValue('status')).toBe('CANCELLED');

    expect(waited.calendar).toBeUndefined();
    expect(waited.text).not.toContain('bijlage');
    expect(waited.text).toContain('plek op de wachtlijst vervalt');
  });
});
