import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog, identityDataEntities } from '@leerruimte/api-identity-data';
import { NotificationsModule } from '@leerruimte/api-notifications';
import { Case, CaseDiscussion, CaseDiscussionParticipant } from './cases/case.entities';
import { CasesController } from './cases/cases.controller';
import { CasesService } from './cases/cases.service';
import { BoardAgendaSeeder } from './demo/board-agenda.seeder';
import { BoardSeeder } from './demo/board.seeder';
import {
  Experiment,
  ExperimentDataPoint,
  ExperimentLogEntry,
  ExperimentParticipant,
} from './experiments/experiment.entities';
import { ExperimentsController } from './experiments/experiments.controller';
import { ExperimentsService } from './experiments/experiments.service';
import { BoardSettingsRow } from './overview/board-settings.entity';
import { BoardController } from './overview/board.controller';
import { BoardService } from './overview/board.service';
import { BoardSearch } from './search/board-search';
import { TeamContext } from './shared/team-context';
import { BoardToday } from './today/board-today';
import { IntervisieLeerverslag } from './cases/intervisie-leerverslag';
import { WhyAnswer, WhyQuestion, WhyVote } from './why-questions/why-question.entities';
import { WhyQuestionsController } from './why-questions/why-questions.controller';
import { WhyQuestionsService } from './why-questions/why-questions.service';
import { BoardMomentSubjects } from './reflection/board-moment-subjects';
import { BoardHistorySeeder } from './demo/board-history.seeder';
import { BoardNewsSeeder } from './demo/board-news.seeder';
import { BoardPersonalData } from './personal-data/board-personal-data';

export const boardEntities = [
  WhyQuestion,
  WhyAnswer,
  WhyVote,
  Case,
  CaseDiscussion,
  CaseDiscussionParticipant,
  Experiment,
  ExperimentParticipant,
  ExperimentLogEntry,
  ExperimentDataPoint,
  BoardSettingsRow,
];

/** The team's learning board: why-questions, cases and experiments, for its members. */
@Module({
  imports: [
    NotificationsModule,
    TypeOrmModule.forFeature([...boardEntities, ...identityDataEntities]),
  ],
  controllers: [BoardController, WhyQuestionsController, CasesController, ExperimentsController],
  providers: [
    BoardPersonalData,
    AuditLog,
    BoardAgendaSeeder,
    BoardNewsSeeder,
    BoardHistorySeeder,
    BoardMomentSubjects,
    BoardSearch,
    BoardSeeder,
    BoardService,
    BoardToday,
    CasesService,
    IntervisieLeerverslag,
    ExperimentsService,
    TeamContext,
    WhyQuestionsService,
  ],
})
export class BoardFeatureModule {}
