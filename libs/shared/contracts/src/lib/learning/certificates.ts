import { z } from 'zod';
import { calendarDate } from '../dates';

/** The registers Dutch social professionals re-register with. */
export const accreditationRegisters = ['registerplein', 'skj'] as const;
export type AccreditationRegister = (typeof accreditationRegisters)[number];
/** Their names, the same in every language. */
export const accreditationRegisterNames: Record<AccreditationRegister, string> = {
  registerplein: 'Registerplein',
  skj: 'SKJ',
};

/** A person's registration with a register, as the register writes the number. */
export const registrationSchema = z.strictObject({
  register: z.enum(accreditationRegisters),
  number: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u),
});
export type Registration = z.infer<typeof registrationSchema>;

/** The period of a leerverslag: from and to, both included. */
export const leerverslagQuerySchema = z
  .strictObject({
    from: calendarDate(),
    to: calendarDate(),
    format: z.enum(['pdf', 'csv']),
  })
  .refine((query) => query.from <= query.to, {
    path: ['to'],
    params: { reason: 'end_before_start' },
  });
export type LeerverslagQuery = z.infer<typeof leerverslagQuerySchema>;

export const certificateStatuses = ['valid', 'revoked', 'replaced'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

/** A certificate as its holder sees it. */
export const certificateSchema = z.object({
  id: z.uuid(),
  module: z.object({ slug: z.string(), title: z.string() }),
  holderName: z.string(),
  completedAt: z.iso.datetime(),
  issuedAt: z.iso.datetime(),
  studyLoadMinutes: z.number().int(),
  scorePercent: z.number().int().nullable(),
  accreditation: z
    .object({
      register: z.enum(accreditationRegisters),
      number: z.string(),
      points: z.number(),
    })
    .nullable(),
  status: z.enum(certificateStatuses),
  /** The public page that confirms the certificate is genuine. */
  verificationUrl: z.url(),
  /** False while the worker is still making the PDF. */
  pdfReady: z.boolean(),
});

/** What the public verification page shows: nothing more than these four. */
export const certificateVerificationSchema = z.object({
  holderName: z.string(),
  moduleTitle: z.string(),
  completedAt: z.iso.datetime(),
  status: z.enum(certificateStatuses),
});

/** A verification code: 128 random bits in base64url. */
export const verificationCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{22,43}$/);

export type Certificate = z.infer<typeof certificateSchema>;
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;

/** The reader's heartbeat: it sends one every half minute while the learner is active. */
export const learningTimeBeatSchema = z.strictObject({
  /** Made by the reader when it opens the lesson; one per tab and opening. */
  visitId: z.uuid(),
});
export type LearningTimeBeat = z.infer<typeof learningTimeBeatSchema>;

/** The closing test as the learner takes it: options in their own order, no answers. */
export const closingTestViewSchema = z.object({
  module: z.object({ slug: z.string(), title: z.string() }),
  minutes: z.number().int(),
  passPercent: z.number().int(),
  retryAfterMinutes: z.number().int(),
  /** False until every lesson is complete. */
  open: z.boolean(),
  questions: z.array(
    z.object({
      id: z.string(),
      scenarioHtml: z.string(),
      question: z.string(),
      options: z.array(z.object({ text: z.string() })),
    }),
  ),
  attempts: z.array(
    z.object({ takenAt: z.iso.datetime(), scorePercent: z.number().int(), passed: z.boolean() }),
  ),
  passedAt: z.iso.datetime().nullable(),
  /** After a failed try: when the next one may start; null when it may now. */
  nextAttemptAt: z.iso.datetime().nullable(),
});

export const closingTestAnswersSchema = z.strictObject({
  /** The chosen option per question id, as shown (0-based); every question answered. */
  answers: z.record(z.string().min(1).max(80), z.number().int().min(0).max(9)),
});

export const closingTestResultSchema = z.object({
  scorePercent: z.number().int(),
  correctCount: z.number().int(),
  questionCount: z.number().int(),
  passed: z.boolean(),
  /** Per question: whether the chosen option was right, and why (the content's feedback). */
  questions: z.array(z.object({ id: z.string(), correct: z.boolean(), feedback: z.string() })),
  nextAttemptAt: z.iso.datetime().nullable(),
  moduleCompleted: z.boolean(),
  /** The certificate this pass earned, when it completed the module. */
  certificateId: z.uuid().nullable(),
});

export type ClosingTestView = z.infer<typeof closingTestViewSchema>;
export type ClosingTestAnswers = z.infer<typeof closingTestAnswersSchema>;
export type ClosingTestResult = z.infer<typeof closingTestResultSchema>;

/** A module as an organisation admin sees it: with the accreditation the organisation recorded. */
export const moduleAccreditationSchema = z.object({
  module: z.object({ slug: z.string(), title: z.string(), studyLoadMinutes: z.number().int() }),
  accreditation: z
    .object({
      register: z.enum(accreditationRegisters),
      number: z.string(),
      points: z.number(),
    })
    .nullable(),
});

export const accreditationRequestSchema = z.strictObject({
  register: z.enum(accreditationRegisters),
  /** As the register wrote it: letters, digits, dots, dashes and slashes. */
  number: z
    .string()
    .trim()
    .min(2)
    .max(80)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u),
  points: z.number().min(0.5).max(999).multipleOf(0.5),
});

/** A certificate one of the organisation's people earned, for its admins. */
export const organisationCertificateSchema = z.object({
  id: z.uuid(),
  holderName: z.string(),
  module: z.object({ slug: z.string(), title: z.string() }),
  completedAt: z.iso.datetime(),
  status: z.enum(certificateStatuses),
  statusReason: z.string().nullable(),
  accreditation: z
    .object({ register: z.enum(accreditationRegisters), number: z.string(), points: z.number() })
    .nullable(),
});

export const revokeCertificateRequestSchema = z.strictObject({
  /** Why: kept with the certificate and in the audit log. */
  reason: z.string().trim().min(5).max(500),
});

/** A re-issue after a name correction: the name as it must stand on the new certificate. */
export const reissueCertificateRequestSchema = z.strictObject({
  holderName: z.string().trim().min(2).max(200),
});

export type ReissueCertificateRequest = z.infer<typeof reissueCertificateRequestSchema>;
export type ModuleAccreditationView = z.infer<typeof moduleAccreditationSchema>;
export type AccreditationRequest = z.infer<typeof accreditationRequestSchema>;
export type OrganisationCertificate = z.infer<typeof organisationCertificateSchema>;
export type RevokeCertificateRequest = z.infer<typeof revokeCertificateRequestSchema>;
