export * from './lib/today.module';
export { AgendaService } from './lib/agenda/agenda.service';
