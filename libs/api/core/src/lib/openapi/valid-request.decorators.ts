import { Body, Query } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from '../errors/zod-validation.pipe';
import { openApiRequestSchema } from './zod-openapi';

/** What the schema cannot say about a query parameter: its description, and how to show it. */
export interface QueryParameterDoc {
  description?: string;
  type?: StringConstructor | NumberConstructor;
}

/**
 * Per field of a query schema, what the document adds to it; `false` leaves an accepted field
 * out of the document (for instance one the path already fixes). Keys are the schema's own.
 */
export type QueryParameterDocs<Schema extends z.ZodType<object, object>> = {
  [Field in keyof z.input<Schema>]?: QueryParameterDoc | false;
};

/**
 * The request body, validated by a shared-contract schema and documented by that same schema:
 * `@ValidBody(createTeamRequestSchema) request: CreateTeamRequest`. Invalid input becomes a
 * 400 that names each field.
 */
export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return (target, handler, index) => {
    Body(new ZodValidationPipe(schema))(target, handler, index);
    documentHandler(target, handler, [ApiBody({ schema: openApiRequestSchema(schema) })]);
  };
}

/**
 * The query string, validated by a shared-contract object schema; each of its fields is
 * documented as a query parameter (name, required, allowed values from the schema):
 * `@ValidQuery(searchQuerySchema, { q: { description: 'The words' } }) query: SearchQuery`.
 */
export function ValidQuery<Schema extends z.ZodType<object, object>>(
  schema: Schema,
  docs: QueryParameterDocs<Schema> = {},
): ParameterDecorator {
  return (target, handler, index) => {
    Query(new ZodValidationPipe(schema))(target, handler, index);
    documentHandler(target, handler, queryParameters(schema, docs));
  };
}

type JsonSchema = {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
};

function queryParameters(
  schema: z.ZodType,
  docs: Partial<Record<string, QueryParameterDoc | false>>,
): MethodDecorator[] {
  const { properties, required = [] } = openApiRequestSchema(schema) as JsonSchema;
  if (!properties) {
    throw new Error('@ValidQuery needs an object schema: each field is a query parameter');
  }
  return Object.entries(properties)
    .filter(([name]) => docs[name] !== false)
    .map(([name, property]) => {
      const doc = docs[name] || {};
      // The field's whole schema (formats, bounds, patterns, allowed values), as for a body.
      return ApiQuery({
        name,
        required: required.includes(name),
        schema: doc.type === Number ? { ...property, type: 'number' } : property,
        ...(doc.description && { description: doc.description }),
      });
    })
    .reverse(); // last field first, as stacked @ApiQuery decorators listed them
}

/** A parameter decorator sees its handler's prototype and name; documentation sits on the method. */
function documentHandler(
  target: object,
  handler: string | symbol | undefined,
  decorators: MethodDecorator[],
): void {
  const descriptor = handler && Object.getOwnPropertyDescriptor(target, handler);
  if (!handler || !descriptor) {
    throw new Error('@ValidBody and @ValidQuery belong on a route handler parameter');
  }
  for (const decorate of decorators) {
    decorate(target, handler, descriptor);
  }
}
