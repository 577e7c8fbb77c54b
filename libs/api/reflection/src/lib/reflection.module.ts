import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AgendaSourceRegistry,
  FollowUpMomentSourceRegistry,
  MomentSubjectRegistry,
} from '@leerruimte/api-core';
import { identityDataEntities } from '@leerruimte/api-identity-data';
import { NotificationsModule } from '@leerruimte/api-notifications';
import {
  ReflectionAnswer,
  ReflectionDelivery,
  ReflectionMoment,
  ReflectionOccurrence,
  PulseResponse,
} from './moments/moment.entities';
import { ReflectionAgenda } from './agenda/reflection-agenda';
import { CalendarFeed, CalendarFeeds } from './calendar/calendar-feed';
import { CalendarController } from './calendar/calendar.controller';
import { UpcomingMoments } from './calendar/upcoming-moments';
import { PromptMailsSeeder } from './demo/prompt-mails.seeder';
import { ReflectionSeeder } from './demo/reflection.seeder';
import { TeamMomentsSeeder } from './demo/team-moments.seeder';
import { FollowUpMoments } from './delivery/follow-up-moments';
import { MomentScheduler } from './delivery/moment-scheduler';
import { PromptMails } from './delivery/prompt-mails';
import { ReflectionMailJob } from './delivery/reflection-mail.job';
import { ReflectionOccurrenceJob } from './delivery/reflection-occurrence.job';
import { ReflectionReconcileJob } from './delivery/reflection-reconcile.job';
import { ReflectionReminderJob } from './delivery/reflection-reminder.job';
import { MomentsController } from './moments/moments.controller';
import { MomentsService } from './moments/moments.service';
import { PromptsController } from './prompts/prompts.controller';
import { PromptsService } from './prompts/prompts.service';
import { ReflectionPersonalData } from './personal-data/reflection-personal-data';
import { ReflectionToday } from './today/reflection-today';
import { ReflectionHistorySeeder } from './demo/reflection-history.seeder';
import { ReflectionNewsSeeder } from './demo/reflection-news.seeder';

export const reflectionEntities = [
  ReflectionMoment,
  ReflectionOccurrence,
  ReflectionDelivery,
  ReflectionAnswer,
  CalendarFeed,
  PulseResponse,
];

/** Reflection moments: team leaders plan prompts, members answer them. */
@Module({
  imports: [
    DiscoveryModule,
    NotificationsModule,
    TypeOrmModule.forFeature([...reflectionEntities, ...identityDataEntities]),
  ],
  controllers: [MomentsController, PromptsController, CalendarController],
  providers: [
    AgendaSourceRegistry,
    CalendarFeeds,
    MomentScheduler,
    MomentsService,
    MomentSubjectRegistry,
    PromptMails,
    PromptsService,
    ReflectionAgenda,
    ReflectionPersonalData,
    ReflectionSeeder,
    ReflectionNewsSeeder,
    ReflectionHistorySeeder,
    PromptMailsSeeder,
    ReflectionToday,
    TeamMomentsSeeder,
    UpcomingMoments,
  ],
})
export class ReflectionFeatureModule {}

/** The worker's part: delivering occurrences and keeping Redis in step with PostgreSQL. */
@Module({
  imports: [
    DiscoveryModule,
    NotificationsModule,
    TypeOrmModule.forFeature([...reflectionEntities, ...identityDataEntities]),
  ],
  providers: [
    FollowUpMomentSourceRegistry,
    FollowUpMoments,
    MomentScheduler,
    PromptMails,
    ReflectionOccurrenceJob,
    ReflectionMailJob,
    ReflectionReminderJob,
    ReflectionReconcileJob,
  ],
})
export class ReflectionWorkerModule {}
