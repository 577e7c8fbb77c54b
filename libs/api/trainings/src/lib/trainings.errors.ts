import { HttpStatus } from '@nestjs/common';
import { AppError, type FieldProblem, validationFailed } from '@leerruimte/api-core';

export const trainingErrors = {
  /** A wall-clock time that does not exist on that day (the hour skipped when summer time starts). */
  noSuchTime: (field: string): FieldProblem => ({
    field,
    code: 'no_such_time',
    text: {
      nl: 'Deze tijd bestaat die dag niet (de klok gaat een uur vooruit).',
      en: 'This time does not exist that day (the clocks go forward an hour).',
    },
  }),
  unknownTemplate: (field: string): FieldProblem => ({
    field,
    code: 'unknown_template',
    text: {
      nl: 'Dit sjabloon bestaat niet (meer).',
      en: 'This template does not exist (any more).',
    },
  }),
  notInOrganisation: (field: string): FieldProblem => ({
    field,
    code: 'not_in_organisation',
    text: {
      nl: 'Hoort niet bij deze organisatie.',
      en: 'Does not belong to this organisation.',
    },
  }),
  unknownModule: (field: string): FieldProblem => ({
    field,
    code: 'unknown_module',
    text: { nl: 'Deze module bestaat niet (meer).', en: 'This module does not exist (any more).' },
  }),
  unknownGuide: (field: string): FieldProblem => ({
    field,
    code: 'unknown_guide',
    text: {
      nl: 'Deze trainershandleiding hoort niet bij het gekozen sjabloon.',
      en: 'This trainer guide does not belong to the chosen template.',
    },
  }),
  inThePast: (field: string): FieldProblem => ({
    field,
    code: 'in_the_past',
    text: { nl: 'Deze bijeenkomst ligt in het verleden.', en: 'This session is in the past.' },
  }),
  notEnrolled: (field: string): FieldProblem => ({
    field,
    code: 'not_enrolled',
    text: {
      nl: 'Staat niet ingeschreven voor deze bijeenkomst.',
      en: 'Is not enrolled in this session.',
    },
  }),
  moreThanTheSession: (field: string, netMinutes: number): FieldProblem => ({
    field,
    code: 'more_than_the_session',
    text: {
      nl: `Meer dan de bijeenkomst duurt (${netMinutes} minuten zonder pauze).`,
      en: `More than the session lasts (${netMinutes} minutes without the break).`,
    },
  }),
  wrongCheckInCode: (field: string): FieldProblem => ({
    field,
    code: 'wrong_check_in_code',
    text: {
      nl: 'Deze code klopt niet of is verlopen. Typ de code die nu in de zaal wordt getoond.',
      en: 'This code is wrong or has expired. Type the code shown in the room now.',
    },
  }),
  checkInClosed: (opensMinutesBefore: number) =>
    new AppError(HttpStatus.CONFLICT, 'check_in_closed', {
      nl: `Inchecken kan vanaf ${opensMinutesBefore} minuten voor het begin tot het einde van de bijeenkomst.`,
      en: `Checking in is possible from ${opensMinutesBefore} minutes before the start until the session ends.`,
    }),
  notBooked: () =>
    new AppError(HttpStatus.CONFLICT, 'not_booked', {
      nl: 'Inchecken kan als je een plaats hebt bij deze bijeenkomst; vraag je teamleider je in te schrijven.',
      en: 'You can check in once you have a place in this session; ask your team lead to enrol you.',
    }),
  registerLocked: () =>
    new AppError(HttpStatus.CONFLICT, 'register_locked', {
      nl: 'De presentielijst van deze bijeenkomst is afgesloten; de aanwezigheid verandert niet meer.',
      en: "This session's register has been closed; attendance no longer changes.",
    }),
  unmarkedParticipants: (count: number) =>
    new AppError(HttpStatus.CONFLICT, 'unmarked_participants', {
      nl:
        count === 1
          ? 'Van 1 deelnemer is de aanwezigheid nog niet geregistreerd. Doe dat eerst.'
          : `Van ${count} deelnemers is de aanwezigheid nog niet geregistreerd. Doe dat eerst.`,
      en:
        count === 1
          ? "1 participant's attendance has not been registered yet. Do that first."
          : `${count} participants' attendance has not been registered yet. Do that first.`,
    }),
  started: () =>
    new AppError(HttpStatus.CONFLICT, 'session_started', {
      nl: 'Deze bijeenkomst is al begonnen; inschrijven en afmelden kan niet meer.',
      en: 'This session has started; enrolling and cancelling are closed.',
    }),
  calledOff: () =>
    new AppError(HttpStatus.CONFLICT, 'session_called_off', {
      nl: 'Deze bijeenkomst gaat niet door; er is niets meer aan te veranderen.',
      en: 'This session has been called off; nothing about it can change any more.',
    }),
  enrolledByLead: () =>
    new AppError(HttpStatus.CONFLICT, 'enrolled_by_lead', {
      nl: 'Voor deze training schrijft je teamleider je in. Vraag het hem of haar.',
      en: 'For this training your team lead enrols you. Ask them.',
    }),
  notAttended: () =>
    new AppError(HttpStatus.CONFLICT, 'not_attended', {
      nl: 'Evalueren kan als je teamleider je aanwezigheid bij deze bijeenkomst heeft geregistreerd.',
      en: 'You can evaluate once your team lead has registered your attendance at this session.',
    }),
  evaluated: () =>
    new AppError(HttpStatus.CONFLICT, 'evaluated', {
      nl: 'Je hebt deze bijeenkomst al geëvalueerd; omdat dat anoniem is, kan het niet opnieuw.',
      en: 'You already evaluated this session; as it is anonymous, it cannot be changed.',
    }),
  notStarted: () =>
    new AppError(HttpStatus.CONFLICT, 'session_not_started', {
      nl: 'Aanwezigheid registreer je vanaf het begin van de bijeenkomst.',
      en: 'Attendance is registered from the start of the session.',
    }),
  cancelDeadlinePassed: (hours: number) =>
    new AppError(HttpStatus.CONFLICT, 'cancel_deadline_passed', {
      nl: `Afmelden kan tot ${hours} uur voor het begin. Laat het je teamleider weten.`,
      en: `Cancelling is possible until ${hours} hours before the start. Tell your team lead.`,
    }),
  notEnrolledHere: () =>
    new AppError(HttpStatus.CONFLICT, 'not_enrolled', {
      nl: 'Je staat niet ingeschreven of op de wachtlijst voor deze bijeenkomst.',
      en: 'You are not enrolled or on the waiting list for this session.',
    }),
  attendanceRegistered: () =>
    new AppError(HttpStatus.CONFLICT, 'attendance_registered', {
      nl: 'Voor deze bijeenkomst is je aanwezigheid al geregistreerd.',
      en: 'Your attendance for this session has been registered already.',
    }),
  capacityBelowBooked: (booked: number) =>
    validationFailed([
      {
        field: 'capacity',
        code: 'below_booked',
        text: {
          nl: `Er staan al ${booked} mensen ingeschreven; meld eerst iemand af.`,
          en: `${booked} people are enrolled already; cancel someone first.`,
        },
      },
    ]),
};
