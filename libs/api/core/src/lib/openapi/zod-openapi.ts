import type { ApiResponseSchemaHost } from '@nestjs/swagger';
import { z } from 'zod';
import { errorBodySchema } from '@leerruimte/shared-contracts';

type SchemaObject = ApiResponseSchemaHost['schema'];

/** Describes a shared-contract schema in the OpenAPI document, so the spec follows the contract. */
export function openApiSchema(schema: z.ZodType): SchemaObject {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output' }) as SchemaObject;
}

/** A request body as clients may send it: fields with a default are optional. */
export function openApiRequestSchema(schema: z.ZodType): SchemaObject {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' }) as SchemaObject;
}

export const errorBodyOpenApi = openApiSchema(errorBodySchema);
