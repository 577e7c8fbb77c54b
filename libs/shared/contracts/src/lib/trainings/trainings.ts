import { z } from 'zod';
import { calendarDate } from '../dates';
import { accreditationRegisters } from '../learning/certificates';
import { slugSchema } from '../learning/content';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** Minutes since midnight of an HH:MM time. */
export const minutesOfDay = (time: string) =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** When and where a session is: a day's date with its start and end in Amsterdam wall-clock time. */
const sessionFields = {
  date: calendarDate(),
  startTime: timeOfDay,
  endTime: timeOfDay,
  /** Not counted as learning time. */
  breakMinutes: z.number().int().min(0).max(240).default(0),
  place: z.string().trim().min(2).max(200),
  /** For an online session: the meeting link (https). */
  onlineUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
};

type SessionTimes = { startTime: string; endTime: string; breakMinutes: number };

/** The end after the start, and a break shorter than the session. */
function withSaneTimes<T extends z.ZodType<SessionTimes>>(schema: T) {
  return schema
    .refine((session) => session.endTime > session.startTime, {
      path: ['endTime'],
      params: { reason: 'end_time_before_start' },
    })
    .refine(
      (session) =>
        session.endTime <= session.startTime ||
        minutesOfDay(session.endTime) - minutesOfDay(session.startTime) > session.breakMinutes,
      { path: ['breakMinutes'], params: { reason: 'break_too_long' } },
    );
}

const guideSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(80);

/** One meeting of a training, as it is planned: when, where and how many can take part. */
export const trainingSessionRequestSchema = withSaneTimes(
  z.strictObject({
    ...sessionFields,
    capacity: z.number().int().min(1).max(500),
    /** With a template: the trainer guide for this session (one of the template's). */
    guide: guideSlug.optional(),
  }),
);

/** A session moved or changed: who has a place gets an updated invitation. */
export const sessionChangeRequestSchema = withSaneTimes(z.strictObject(sessionFields));
export type SessionChangeRequest = z.input<typeof sessionChangeRequestSchema>;

export type TrainingSessionRequest = z.input<typeof trainingSessionRequestSchema>;

/**
 * The reflection question that follows a training: so many days after its last session, who
 * attended (a session or part of one) gets it as a reflection prompt, at 09:00 on a working day.
 */
export const trainingFollowUpSchema = z.strictObject({
  question: z.string().trim().min(5).max(1000),
  /** At least two: a register is settled a day after its session. */
  daysAfter: z.number().int().min(2).max(60).default(14),
});

export const trainingAccreditationSchema = z.strictObject({
  register: z.enum(accreditationRegisters),
  number: z.string().trim().min(2).max(40),
  points: z.number().min(0).max(100),
});

/** A training as a team lead plans it for the team. */
export const planTrainingRequestSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(4000).default(''),
    /** Who gives it from outside the team: names as participants know them. */
    trainers: z.array(z.string().trim().min(2).max(120)).max(5).default([]),
    /** Team members who give it: they keep its registers too. */
    trainerAccounts: z.array(z.uuid()).max(5).default([]),
    accreditation: trainingAccreditationSchema.optional(),
    /** Planned from a template: its trainer guides stay at hand per session. */
    templateSlug: guideSlug.optional(),
    /** The module participants prepare with; planned from a template, the template's by default. */
    preparationModuleSlug: slugSchema.optional(),
    /** The module participants continue with after the training. */
    followUpModuleSlug: slugSchema.optional(),
    followUp: trainingFollowUpSchema.optional(),
    /** The lead confirms what the privacy guard found in the follow-up question is not client data. */
    confirmedNotClientData: z.boolean().optional(),
    /** Until how many hours before a session a participant may still cancel it themselves. */
    cancelHoursBefore: z.number().int().min(0).max(336).default(48),
    /** Members enrol themselves; when false, only the team lead enrols them. */
    selfEnrolment: z.boolean().default(true),
    /** A member's own enrolment is a request the lead approves first (it then books or queues). */
    requiresApproval: z.boolean().default(false),
    sessions: z.array(trainingSessionRequestSchema).min(1).max(10),
  })
  .refine((plan) => plan.trainers.length + plan.trainerAccounts.length > 0, {
    path: ['trainers'],
    params: { reason: 'no_trainer' },
  })
  .refine((plan) => new Set(plan.trainerAccounts).size === plan.trainerAccounts.length, {
    path: ['trainerAccounts'],
    params: { reason: 'duplicate' },
  });
export type PlanTrainingRequest = z.input<typeof planTrainingRequestSchema>;

/**
 * A training an organisation admin plans for several of its teams at once. Each team gets the
 * same sessions with its own places (the capacity is per team), its lead keeps its registers,
 * and its members enrol as in any training of their team.
 */
export const planOrganisationTrainingRequestSchema = z.strictObject({
  teamIds: z
    .array(z.uuid())
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, { params: { reason: 'duplicate' } }),
  training: planTrainingRequestSchema,
});
export type PlanOrganisationTrainingRequest = z.input<typeof planOrganisationTrainingRequestSchema>;

/** One plan of an organisation, as its admins follow it: per team, places taken per session. */
export const organisationTrainingSchema = z.object({
  planId: z.uuid(),
  title: z.string(),
  plannedAt: z.iso.datetime(),
  teams: z.array(
    z.object({
      teamId: z.uuid(),
      teamName: z.string(),
      trainingId: z.uuid(),
      sessions: z.array(
        z.object({
          date: z.string(),
          startTime: z.string(),
          endTime: z.string(),
          booked: z.number().int(),
          capacity: z.number().int(),
          waiting: z.number().int(),
          calledOff: z.boolean(),
        }),
      ),
    }),
  ),
});
export type OrganisationTraining = z.infer<typeof organisationTrainingSchema>;

export const sessionCapacityRequestSchema = z.strictObject({
  capacity: z.number().int().min(1).max(500),
});
export type SessionCapacityRequest = z.infer<typeof sessionCapacityRequestSchema>;

/** A team lead enrols a member (for a training that people are sent to). */
export const enrolMemberRequestSchema = z.strictObject({ userId: z.uuid() });
export type EnrolMemberRequest = z.infer<typeof enrolMemberRequestSchema>;

/**
 * Where an enrolment stands. `requested`: asked for, for the lead to approve (where the training
 * says so); `waiting`: on the waiting list, first come first served; `excused`: absent with
 * notice; `no_show`: absent without.
 */
export const enrolmentStates = [
  'requested',
  'waiting',
  'booked',
  'cancelled',
  'attended',
  'partly_attended',
  'excused',
  'no_show',
] as const;
export type EnrolmentState = (typeof enrolmentStates)[number];

/** What the trainer or lead records per participant after a session. */
export const attendanceMarks = ['present', 'partly', 'excused', 'absent'] as const;
export type AttendanceMark = (typeof attendanceMarks)[number];

export const attendanceRequestSchema = z.strictObject({
  entries: z
    .array(
      z
        .strictObject({
          userId: z.uuid(),
          mark: z.enum(attendanceMarks),
          /** Only with `partly`: the net minutes they were there. */
          minutes: z.number().int().min(1).max(1440).optional(),
        })
        .refine((entry) => (entry.mark === 'partly') === (entry.minutes !== undefined), {
          path: ['minutes'],
          params: { reason: 'minutes_with_partly_only' },
        }),
    )
    .min(1)
    .max(500),
});
export type AttendanceRequest = z.infer<typeof attendanceRequestSchema>;

export const trainingSessionSchema = z.object({
  id: z.uuid(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  breakMinutes: z.number().int(),
  /** The session's length without its break: what attending it counts for. */
  netMinutes: z.number().int(),
  place: z.string(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int(),
  booked: z.number().int(),
  waiting: z.number().int(),
  /** Started or over: no enrolling, cancelling or moving up any more. */
  started: z.boolean(),
  /** Called off by the team lead: nobody comes, and nothing about it changes any more. */
  calledOff: z.boolean(),
  /**
   * Until when a freed place goes to the first in line by itself (ISO instant): the cancel
   * deadline. After it the lead gives free places by hand.
   */
  waitingListMovesUntil: z.iso.datetime(),
  /** The template's trainer guide for this session, for those who plan and give it. */
  guide: z.string().nullable(),
  /** Participants can check themselves in now (see CHECK_IN_OPENS_MINUTES_BEFORE). */
  checkInOpen: z.boolean(),
  /** The caller's own enrolment, if any. */
  mine: z
    .object({
      state: z.enum(enrolmentStates),
      /** 1 for the first in line; only while waiting. */
      queuePlace: z.number().int().nullable(),
      attendedMinutes: z.number().int().nullable(),
      /** Until when they may cancel themselves (ISO instant); null when that time has passed. */
      cancelUntil: z.iso.datetime().nullable(),
      /** They filled in the session's (anonymous) evaluation. */
      evaluated: z.boolean(),
      /** They checked themselves in with the code shown in the room. */
      checkedIn: z.boolean(),
    })
    .nullable(),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

export const trainingSchema = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  title: z.string(),
  description: z.string(),
  /** Everyone who gives it: the team members with an account first, then the names from outside. */
  trainers: z.array(z.string()),
  /** The viewer gives this training: they keep its registers. */
  youTrain: z.boolean(),
  accreditation: trainingAccreditationSchema.nullable(),
  cancelHoursBefore: z.number().int(),
  selfEnrolment: z.boolean(),
  requiresApproval: z.boolean(),
  /** The template it was planned from, if any. */
  templateSlug: z.string().nullable(),
  /** The module participants prepare with (from the template), if any. */
  preparationModule: z.object({ slug: z.string(), title: z.string() }).nullable(),
  /** The module to continue with after it, if any. */
  followUpModule: z.object({ slug: z.string(), title: z.string() }).nullable(),
  /** The reflection question after the training, and the day it goes out (YYYY-MM-DD). */
  followUp: z
    .object({ question: z.string(), daysAfter: z.number().int(), date: z.string() })
    .nullable(),
  sessions: z.array(trainingSessionSchema),
});
export type Training = z.infer<typeof trainingSchema>;

/**
 * A training from the sources, ready to plan: its description and sessions (times as a
 * suggestion), each with a trainer guide. From content/trainings.
 */
export const trainingTemplateSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  /** The publication it is built on. */
  source: z.string(),
  /** The module that prepares for it, if any. */
  preparationModule: z.object({ slug: z.string(), title: z.string() }).nullable(),
  sessions: z.array(
    z.object({
      title: z.string(),
      startTime: z.string(),
      endTime: z.string(),
      breakMinutes: z.number().int(),
      guide: z.string(),
    }),
  ),
  guides: z.array(z.object({ slug: z.string(), title: z.string() })),
});
export type TrainingTemplate = z.infer<typeof trainingTemplateSchema>;

/** A trainer guide: what the trainer prepares and does in one session. */
export const trainerGuideSchema = z.object({
  templateSlug: z.string(),
  templateTitle: z.string(),
  slug: z.string(),
  /** The sessions it is for, e.g. "Dag 2 en 3". */
  title: z.string(),
  html: z.string(),
});
export type TrainerGuide = z.infer<typeof trainerGuideSchema>;

/** A session's register, for the team lead: everyone enrolled or waiting, in queue order. */
export const sessionRegisterSchema = z.object({
  session: trainingSessionSchema,
  trainingTitle: z.string(),
  participants: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      state: z.enum(enrolmentStates),
      queuePlace: z.number().int().nullable(),
      attendedMinutes: z.number().int().nullable(),
      /** When they checked themselves in (ISO instant); null when they did not. */
      checkedInAt: z.iso.datetime().nullable(),
    }),
  ),
  /** When the register was closed (ISO instant): attendance no longer changes. */
  lockedAt: z.iso.datetime().nullable(),
});

/** Self check-in opens this long before a session starts, and closes when it ends. */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 30;

export const checkInRequestSchema = z.strictObject({
  /** The six digits shown in the room (spaces allowed), or the token in its QR code's link. */
  code: z.string().trim().min(1).max(64),
});
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

/**
 * What the trainer shows in the room during the session: a code to type and a QR code with a
 * link that checks in whoever opens it logged in. Both change every minute.
 */
export const checkInDisplaySchema = z.object({
  /** Six digits. */
  code: z.string(),
  /** The QR code of `link`, as an SVG data URL. */
  qrCode: z.string(),
  link: z.url(),
  /** When the trainer's screen should fetch the next code (ISO instant). */
  validUntil: z.iso.datetime(),
});
export type CheckInDisplay = z.infer<typeof checkInDisplaySchema>;
export type SessionRegister = z.infer<typeof sessionRegisterSchema>;

export const enrolmentStateWords: Record<'nl' | 'en', Record<EnrolmentState, string>> = {
  nl: {
    requested: 'aangevraagd',
    waiting: 'op de wachtlijst',
    booked: 'ingeschreven',
    cancelled: 'afgemeld',
    attended: 'aanwezig',
    partly_attended: 'deels aanwezig',
    excused: 'afwezig met bericht',
    no_show: 'afwezig zonder bericht',
  },
  en: {
    requested: 'requested',
    waiting: 'on the waiting list',
    booked: 'enrolled',
    cancelled: 'cancelled',
    attended: 'attended',
    partly_attended: 'partly attended',
    excused: 'absent with notice',
    no_show: 'absent without notice',
  },
};
