import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type ErrorBody,
  type Locale,
  type LocalizedText,
  localeFromAcceptLanguage,
} from '@leerruimte/shared-contracts';
import { AppError } from './app-error';
import { ValidationFailedError } from './zod-validation.pipe';

const statusTexts: Partial<Record<number, { code: string; text: LocalizedText }>> = {
  [HttpStatus.BAD_REQUEST]: {
    code: 'bad_request',
    text: {
      nl: 'Het verzoek kon niet worden gelezen. Controleer de gegevens en probeer het opnieuw.',
      en: 'The request could not be read. Check the data and try again.',
    },
  },
  [HttpStatus.UNAUTHORIZED]: {
    code: 'unauthenticated',
    text: { nl: 'Log eerst in.', en: 'Please log in first.' },
  },
  [HttpStatus.FORBIDDEN]: {
    code: 'forbidden',
    text: { nl: 'Dit mag je niet doen.', en: 'You are not allowed to do this.' },
  },
  [HttpStatus.NOT_FOUND]: {
    code: 'not_found',
    text: { nl: 'Dit adres bestaat niet.', en: 'This address does not exist.' },
  },
  [HttpStatus.METHOD_NOT_ALLOWED]: {
    code: 'method_not_allowed',
    text: { nl: 'Deze actie kan hier niet.', en: 'This action is not possible here.' },
  },
  [HttpStatus.PAYLOAD_TOO_LARGE]: {
    code: 'payload_too_large',
    text: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  },
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: {
    code: 'unsupported_media_type',
    text: { nl: 'Stuur de gegevens als JSON.', en: 'Send the data as JSON.' },
  },
  [HttpStatus.TOO_MANY_REQUESTS]: {
    code: 'too_many_requests',
    text: {
      nl: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
      en: 'Too many attempts. Wait a moment and try again.',
    },
  },
  [HttpStatus.SERVICE_UNAVAILABLE]: {
    code: 'unavailable',
    text: {
      nl: 'Leerruimte is even niet bereikbaar. Probeer het zo opnieuw.',
      en: 'Leerruimte is briefly unavailable. Please try again shortly.',
    },
  },
};

const internalError = {
  code: 'internal_error',
  text: {
    nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, noem dan deze code.',
    en: 'Something went wrong on our side. Try again; if it keeps failing, quote this code.',
  },
};

/** Status codes Fastify attaches to errors it raises itself (bad JSON, body too large). */
function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) {
    return error.getStatus();
  }
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600
    ? statusCode
    : undefined;
}

export function errorBodyFor(
  error: unknown,
  locale: Locale,
  correlationId: string,
): { status: number; body: ErrorBody } {
  if (error instanceof ValidationFailedError) {
    return {
      status: HttpStatus.BAD_REQUEST,
      body: {
        code: 'validation_failed',
        message:
          locale === 'nl'
            ? 'Niet alle gegevens zijn goed ingevuld.'
            : 'Not all data has been filled in correctly.',
        fields: error.describe(locale),
        correlationId,
      },
    };
  }
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: {
        code: error.code,
        message: error.text[locale],
        ...(error.fields.length > 0 && {
          fields: error.fields.map((field) => ({
            field: field.field,
            code: field.code,
            message: field.text[locale],
          })),
        }),
        correlationId,
      },
    };
  }
  const status = statusOf(error);
  const known = status !== undefined && status < 500 ? statusTexts[status] : undefined;
  if (status !== undefined && status < 500) {
    const fallback = statusTexts[HttpStatus.BAD_REQUEST];
    const { code, text } = known ?? fallback ?? internalError;
    return { status, body: { code, message: text[locale], correlationId } };
  }
  if (status === HttpStatus.SERVICE_UNAVAILABLE) {
    const unavailable = statusTexts[status] ?? internalError;
    return {
      status,
      body: { code: unavailable.code, message: unavailable.text[locale], correlationId },
    };
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: { code: internalError.code, message: internalError.text[locale], correlationId },
  };
}

/** Turns every error into the one JSON error body; unknown errors are logged as 500s. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const { status, body } = errorBodyFor(error, locale, String(request.id));
    if (status >= 500) {
      this.logger.error(
        { err: error, correlationId: body.correlationId, url: request.url },
        'Request failed',
      );
    }
    void reply.status(status).header('content-type', 'application/json').send(body);
  }
}
