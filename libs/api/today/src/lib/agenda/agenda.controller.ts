import { Controller, Get } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type Agenda,
  type AgendaQuery,
  agendaDaysDefault,
  agendaDaysMax,
  agendaQuerySchema,
  agendaSchema,
} from '@leerruimte/shared-contracts';
import { AgendaService } from './agenda.service';

@ApiTags('today')
@Controller('agenda')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get()
  @LoggedIn()
  @ApiOkResponse({
    description: "The person's coming reflection moments and due dates, by day in Amsterdam",
    schema: openApiSchema(agendaSchema),
  })
  @ApiBadRequestResponse({
    description: `days is not a whole number from 1 to ${agendaDaysMax}`,
    schema: errorBodyOpenApi,
  })
  mine(
    @Auth() auth: Authentication,
    @ValidQuery(agendaQuerySchema, {
      days: {
        type: Number,
        description: `Days to show, today included: 1 to ${agendaDaysMax}, ${agendaDaysDefault} when left out`,
      },
    })
    query: AgendaQuery,
  ): Promise<Agenda> {
    return this.agenda.of(auth.userId, query.days);
  }
}
