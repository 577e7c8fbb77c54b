import { Controller, Get, Post } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { z } from 'zod';
import { ErrorFilter } from '../errors/error.filter';
import { ValidBody, ValidQuery } from './valid-request.decorators';

const noteSchema = z.strictObject({
  title: z.string().min(1).max(10),
  private: z.boolean().default(false),
});
const filterSchema = z.strictObject({
  q: z.string().optional(),
  kind: z.enum(['case', 'experiment']),
  teamId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).default(30),
});

@Controller('notes')
class NotesController {
  @Post()
  create(@ValidBody(noteSchema) note: z.output<typeof noteSchema>) {
    return note;
  }

  @Get()
  list(
    @ValidQuery(filterSchema, {
      q: { description: 'Words in the title' },
      teamId: false,
      limit: { type: Number },
    })
    filter: z.output<typeof filterSchema>,
  ) {
    return filter;
  }
}

describe('ValidBody and ValidQuery', () => {
  let sut: NestFastifyApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    const module = await Test.createTestingModule({ controllers: [NotesController] }).compile();
    sut = module.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    sut.useGlobalFilters(new ErrorFilter());
    await sut.init();
    await sut.getHttpAdapter().getInstance().ready();
    document = SwaggerModule.createDocument(sut, new DocumentBuilder().build());
  });

  afterAll(() => sut.close());

  it('documents the body as clients may send it, from the schema that validates it', () => {
    expect(document.paths['/notes']?.post?.requestBody).toEqual({
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              title: { type: 'string', minLength: 1, maxLength: 10 },
              private: { type: 'boolean', default: false },
            },
            required: ['title'],
            additionalProperties: false,
          },
        },
      },
    });
  });

  it('passes the parsed body to the handler, defaults filled in', async () => {
    const response = await sut.inject({
      method: 'POST',
      url: '/notes',
      payload: { title: 'Kort' },
    });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ title: 'Kort', private: false });
  });

  it('answers an invalid body with a 400 that names the field', async () => {
    const response = await sut.inject({
      method: 'POST',
      url: '/notes',
      payload: { title: 'Veel te lang voor een titel' },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'title', code: 'too_big' }],
    });
  });

  it('documents each query field, last field first, with its whole schema and the docs', () => {
    expect(document.paths['/notes']?.get?.parameters).toEqual([
      {
        name: 'limit',
        required: false,
        in: 'query',
        schema: { type: 'number', default: 30, minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
      },
      {
        name: 'kind',
        required: true,
        in: 'query',
        schema: { enum: ['case', 'experiment'], type: 'string' },
      },
      {
        name: 'q',
        required: false,
        in: 'query',
        description: 'Words in the title',
        schema: { type: 'string' },
      },
    ]);
  });

  it('passes the parsed query to the handler', async () => {
    const response = await sut.inject({ method: 'GET', url: '/notes?kind=case&limit=5' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ kind: 'case', limit: 5 });
  });

  it('answers an invalid query with a 400 that names the field', async () => {
    const response = await sut.inject({ method: 'GET', url: '/notes?kind=journal' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'kind', code: 'invalid_value' }],
    });
  });

  it('refuses a query schema that is not an object', () => {
    expect(() => ValidQuery(z.string() as never)({}, 'handler', 0)).toThrow(/object schema/);
  });
});
