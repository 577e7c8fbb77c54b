import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AppError,
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  ParseIdPipe,
  RequirePermission,
  ValidBody,
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type PeopleImport,
  type PeopleImportProgress,
  type PeopleImportUploadQuery,
  type StartPeopleImportRequest,
  peopleImportFileTypes,
  peopleImportProgressSchema,
  peopleImportSchema,
  peopleImportUploadQuerySchema,
  startPeopleImportRequestSchema,
} from '@leerruimte/shared-contracts';
import { PeopleImports } from './people-imports.service';

const fileTypes = Object.values(peopleImportFileTypes) as string[];

const notAFile = () =>
  new AppError(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'import_file_type',
    {
      nl: 'Kies een Excel-bestand (.xlsx) of een CSV-bestand.',
      en: 'Choose an Excel file (.xlsx) or a CSV file.',
    },
    [
      {
        field: 'file',
        code: 'import_file_type',
        text: {
          nl: 'Kies een Excel-bestand (.xlsx) of een CSV-bestand.',
          en: 'Choose an Excel file (.xlsx) or a CSV file.',
        },
      },
    ],
  );

@ApiTags('identity')
@Controller('organisations/:organisationId/people-imports')
export class PeopleImportsController {
  constructor(private readonly imports: PeopleImports) {}

  @Post()
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiConsumes(...fileTypes)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({
    description: 'The preview: every line with its status and problems; nothing is changed yet',
    schema: openApiSchema(peopleImportSchema),
  })
  @ApiUnprocessableEntityResponse({
    description: 'Not readable, no lines, missing columns or too many lines',
    schema: errorBodyOpenApi,
  })
  @ApiUnsupportedMediaTypeResponse({
    description: 'Not a CSV or Excel file',
    schema: errorBodyOpenApi,
  })
  async upload(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @ValidQuery(peopleImportUploadQuerySchema, {
      fileName: { description: 'The name of the uploaded file' },
    })
    query: PeopleImportUploadQuery,
    @Body() bytes: unknown,
    @Req() http: AuthenticatedRequest,
    @Auth() auth: Authentication,
  ): Promise<PeopleImport> {
    const contentType = (http.headers['content-type'] ?? '').split(';')[0].trim();
    if (!Buffer.isBuffer(bytes) || !fileTypes.includes(contentType)) throw notAFile();
    return this.imports.preview(
      organisationId,
      { bytes, contentType, fileName: query.fileName },
      { userId: auth.userId },
    );
  }

  @Get('template.csv')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'A file to fill in, with an example line for each of the organisation’s teams',
  })
  async template(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.imports.template(organisationId);
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="mensen-importeren.csv"');
    return file;
  }

  @Get(':importId')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(peopleImportSchema) })
  view(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('importId', ParseIdPipe) importId: string,
  ): Promise<PeopleImport> {
    return this.imports.view(organisationId, importId);
  }

  @Get(':importId/progress')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({
    description: 'How far the import or its mailing is, without its lines',
    schema: openApiSchema(peopleImportProgressSchema),
  })
  progress(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('importId', ParseIdPipe) importId: string,
  ): Promise<PeopleImportProgress> {
    return this.imports.progress(organisationId, importId);
  }

  @Get(':importId/errors.csv')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The lines in error with their problems, to mend and upload again',
  })
  async errors(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('importId', ParseIdPipe) importId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.imports.errorFile(organisationId, importId);
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="fouten-in-import.csv"');
    return file;
  }

  @Post(':importId/start')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({
    description: 'The import runs in the worker; ask the import again for its progress',
    schema: openApiSchema(peopleImportSchema),
  })
  @ApiConflictResponse({ description: 'Already started', schema: errorBodyOpenApi })
  start(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('importId', ParseIdPipe) importId: string,
    @ValidBody(startPeopleImportRequestSchema) request: StartPeopleImportRequest,
    @Auth() auth: Authentication,
  ): Promise<PeopleImport> {
    return this.imports.start(organisationId, importId, request, { userId: auth.userId });
  }

  @Post(':importId/send-invitations')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({
    description: 'The worker mails the invitations the import made; each once',
    schema: openApiSchema(peopleImportSchema),
  })
  @ApiConflictResponse({ description: 'The import has not finished', schema: errorBodyOpenApi })
  sendInvitations(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('importId', ParseIdPipe) importId: string,
    @Auth() auth: Authentication,
  ): Promise<PeopleImport> {
    return this.imports.sendInvitations(organisationId, importId, { userId: auth.userId });
  }
}
