import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const aesKey = z.string().refine((value) => Buffer.from(value, 'base64').length === 32, {
  message: 'must be 32 random bytes in base64 (openssl rand -base64 32)',
});

/**
 * Only outside production, where no real second factor is stored: a fixed key, so the demo and
 * the tests need no setting. Production refuses to start without TOTP_ENCRYPTION_KEY.
 */
const DEVELOPMENT_TOTP_KEY = Buffer.alloc(32, 'leerruimte-development-only');

/** Every environment variable the API and the worker read; `.env.example` mirrors this. */
const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('localhost'),
    PORT: port.default(3000),
    WORKER_PORT: port.default(3001),
    PUBLIC_URL: z.url().default('http://localhost:3000'),
    TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|loopback|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
        'must be true, false, loopback or proxy addresses (e.g. 10.0.0.2, 10.1.0.0/16)',
      )
      .optional(),
    DATABASE_URL: z
      .string({ error: 'is required (e.g. postgres://user:password@host:5432/leerruimte)' })
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/, 'may only contain a-z, 0-9, - and _')
      .default('leerruimte'),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
    WORKER_REDIS_CHECK_MS: z.coerce.number().int().min(500).max(300_000).default(15_000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    WEB_DIST_PATH: z.string().min(1).default('dist/apps/web/browser'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Leerruimte <noreply@leerruimte.local>'),
    CONTENT_DIR: z.string().min(1).default('content'),
    XAPI_LRS_URL: z.url().optional(),
    XAPI_LRS_USERNAME: z.string().min(1).optional(),
    XAPI_LRS_PASSWORD: z.string().min(1).optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    TOTP_ENCRYPTION_KEY: aesKey.optional(),
    TOTP_ENCRYPTION_KEY_PREVIOUS: aesKey.optional(),
    SESSION_IDLE_TIMEOUT_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60)
      .default(120),
    SESSION_MAX_AGE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(90 * 24)
      .default(7 * 24),
    CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(60),
    DNS_SERVERS: z
      .string()
      .regex(
        /^[0-9a-fA-F.:[\]]+(\s*,\s*[0-9a-fA-F.:[\]]+)*$/,
        'must be addresses of DNS servers (e.g. 1.1.1.1, 127.0.0.1:5353)',
      )
      .optional(),
  })
  .superRefine((values, context) => {
    if (values.NODE_ENV === 'production' && !values.TOTP_ENCRYPTION_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['TOTP_ENCRYPTION_KEY'],
        message: 'is required in production (openssl rand -base64 32)',
      });
    }
    if (values.XAPI_LRS_URL && (!values.XAPI_LRS_USERNAME || !values.XAPI_LRS_PASSWORD)) {
      context.addIssue({
        code: 'custom',
        path: ['XAPI_LRS_USERNAME'],
        message: 'XAPI_LRS_URL needs XAPI_LRS_USERNAME and XAPI_LRS_PASSWORD too',
      });
    }
  });

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  version: string;
  http: {
    host: string;
    port: number;
    publicUrl: string;
    /** Whose X-Forwarded-For to believe: a proxy's (nginx) when the client's address matters. */
    trustProxy: boolean | string;
  };
  worker: {
    port: number;
    concurrency: number;
    /** How often a worker checks that Redis still holds its data (see RedisLossWatchdog). */
    redisCheckMs: number;
  };
  database: { url: string; poolSize: number };
  redis: { url: string; keyPrefix: string };
  log: { level: string };
  web: { distPath: string };
  shutdownTimeoutMs: number;
  /** Without an SMTP server, mail stays in the outbox that platform admins can read. */
  mail: { smtpUrl: string | undefined; from: string };
  /** The learning modules and cards, as files (see content/README.md). */
  content: { dir: string };
  /** A Learning Record Store that receives every completion as an xAPI statement, if set. */
  xapi: { url: string; username: string; password: string } | undefined;
  /**
   * Prometheus sends this as `Authorization: Bearer <token>` to read /metrics (API and worker).
   * Without one, /metrics answers outside production only: its route counts and queue depths
   * are for operators.
   */
  metrics: { token: string | undefined };
  /** AES-256 keys that seal TOTP secrets; `previousKey` while rotating (see the README). */
  totp: { key: Buffer; previousKey: Buffer | undefined };
  /**
   * How long an API process may hold what it read (0: never): sessions with their grants, /me,
   * module lists, report headers. Changes reach it at once through PostgreSQL's NOTIFY; this only
   * bounds how long an entry lives.
   */
  cacheSeconds: number;
  /** Where domain checks (the SSO domains' TXT records) ask; the system's resolvers when unset. */
  dns: { servers: string[] | undefined };
  session: {
    idleTimeoutMinutes: number;
    maxAgeHours: number;
    /** Secure cookies whenever the platform is reached over https (always outside localhost). */
    secureCookies: boolean;
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

/**
 * Validates the environment once, at start-up. Empty values count as unset, so a blank line in
 * a .env file falls back to the default instead of failing in an odd way later.
 */
export function loadConfig(env: NodeJS.ProcessEnv, version = '0.0.0'): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigValidationError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const values = result.data;
  return {
    env: values.NODE_ENV,
    version,
    http: {
      host: values.HOST,
      port: values.PORT,
      publicUrl: values.PUBLIC_URL,
      trustProxy:
        values.TRUST_PROXY === undefined
          ? values.NODE_ENV === 'production'
          : values.TRUST_PROXY === 'true' || (values.TRUST_PROXY !== 'false' && values.TRUST_PROXY),
    },
    worker: {
      port: values.WORKER_PORT,
      concurrency: values.WORKER_CONCURRENCY,
      redisCheckMs: values.WORKER_REDIS_CHECK_MS,
    },
    database: { url: values.DATABASE_URL, poolSize: values.DATABASE_POOL_SIZE },
    redis: { url: values.REDIS_URL, keyPrefix: values.REDIS_KEY_PREFIX },
    log: { level: values.LOG_LEVEL },
    web: { distPath: values.WEB_DIST_PATH },
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    mail: { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM },
    content: { dir: values.CONTENT_DIR },
    xapi:
      values.XAPI_LRS_URL && values.XAPI_LRS_USERNAME && values.XAPI_LRS_PASSWORD
        ? {
            url: values.XAPI_LRS_URL.replace(/\/+$/, ''),
            username: values.XAPI_LRS_USERNAME,
            password: values.XAPI_LRS_PASSWORD,
          }
        : undefined,
    metrics: { token: values.METRICS_TOKEN },
    totp: {
      key: values.TOTP_ENCRYPTION_KEY
        ? Buffer.from(values.TOTP_ENCRYPTION_KEY, 'base64')
        : DEVELOPMENT_TOTP_KEY,
      previousKey: values.TOTP_ENCRYPTION_KEY_PREVIOUS
        ? Buffer.from(values.TOTP_ENCRYPTION_KEY_PREVIOUS, 'base64')
        : undefined,
    },
    cacheSeconds: values.CACHE_SECONDS,
    dns: { servers: values.DNS_SERVERS?.split(',').map((server) => server.trim()) },
    session: {
      idleTimeoutMinutes: values.SESSION_IDLE_TIMEOUT_MINUTES,
      maxAgeHours: values.SESSION_MAX_AGE_HOURS,
      secureCookies: values.PUBLIC_URL.startsWith('https://'),
    },
  };
}

/** For a process entry point: the config, or one line per problem on stderr and exit code 1. */
export function loadConfigOrExit(processTitle: string): AppConfig {
  try {
    return loadConfig(process.env, process.env['LEERRUIMTE_VERSION']);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      console.error([`${processTitle} cannot start:`, ...error.problems].join('\n'));
      process.exit(1);
    }
    throw error;
  }
}
