import { Injectable, inject } from '@angular/core';
import { type Observable, of } from 'rxjs';
import type {
  AccreditationRequest,
  Assignment,
  Card,
  Certificate,
  CertificateVerification,
  ClosingTestResult,
  ClosingTestView,
  CreateTeamCardRequest,
  CreateAssignmentRequest,
  CatalogueQuery,
  CheckResult,
  LessonCompletionResult,
  LessonView,
  ModuleAccreditationView,
  ModuleDetail,
  ModuleSummary,
  MyLearning,
  OrganisationCertificate,
  Portfolio,
  ReflectionAnswer,
  ReflectionAnswerRequest,
  SelfAssessmentResult,
  TeamCard,
  TeamProgress,
  Werkbegeleiding,
  WerkbegeleidingRequest,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import { LessonPrefetch } from './lesson-prefetch';
import {
  werkbegeleidingControllerAdd,
  werkbegeleidingControllerMine,
  werkbegeleidingControllerRemove,
  assignmentsControllerCreate,
  assignmentsControllerList,
  assignmentsControllerProgress,
  assignmentsControllerWithdraw,
  certificatesControllerAccredit,
  certificatesControllerAccreditations,
  certificatesControllerMine,
  certificatesControllerOrganisationCertificates,
  certificatesControllerReissue,
  certificatesControllerRemoveAccreditation,
  certificatesControllerRevoke,
  certificatesControllerVerify,
  learningControllerAnswerCheck,
  learningControllerBeat,
  learningControllerClosingTest,
  learningControllerTakeClosingTest,
  learningControllerAnswerReflection,
  learningControllerCard,
  learningControllerCards,
  learningControllerComplete,
  learningControllerLesson,
  learningControllerModule,
  learningControllerModules,
  learningControllerMyLearning,
  learningControllerPortfolio,
  learningControllerTakeSelfAssessment,
  learningControllerVisit,
  teamCardsControllerApprove,
  teamCardsControllerCreate,
  teamCardsControllerList,
  teamCardsControllerRemove,
} from '@leerruimte/web-shared-api-client/learning';

/** Where the learning overview PDF and a card's PDF are downloaded; plain links, no XHR. */
export const portfolioPdfUrl = '/api/learning/me/portfolio/pdf';
export function certificatePdfUrl(certificateId: string): string {
  return `/api/learning/me/certificates/${encodeURIComponent(certificateId)}/pdf`;
}
export function leerverslagUrl(from: string, to: string, format: 'pdf' | 'csv'): string {
  return `/api/learning/me/leerverslag?${new URLSearchParams({ from, to, format })}`;
}
export function teamCardPdfUrl(teamId: string, cardId: string): string {
  return `/api/teams/${encodeURIComponent(teamId)}/cards/${encodeURIComponent(cardId)}/pdf`;
}
export function cardPdfUrl(slug: string): string {
  return `/api/cards/${encodeURIComponent(slug)}/pdf`;
}

/** The learning endpoints, through the generated client, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  private readonly api = inject(ApiClient);
  private readonly prefetch = inject(LessonPrefetch);

  modules(query: CatalogueQuery = {}): Observable<ModuleSummary[]> {
    // An empty search is no `q=` at all.
    return this.api.invoke(learningControllerModules, { ...query, q: query.q || undefined });
  }

  module(moduleSlug: string): Observable<ModuleDetail> {
    return this.api.invoke(learningControllerModule, { moduleSlug });
  }

  /** The lesson, taken from `LessonPrefetch` when its route already asked for it. */
  lesson(moduleSlug: string, lessonSlug: string): Observable<LessonView> {
    return (
      this.prefetch.take(moduleSlug, lessonSlug) ??
      this.api.invoke(learningControllerLesson, { moduleSlug, lessonSlug })
    );
  }

  visit(moduleSlug: string, lessonSlug: string): Observable<void> {
    return this.api.invoke(learningControllerVisit, { moduleSlug, lessonSlug });
  }

  /** The reader is active in this lesson: half a minute of learning time. */
  beat(moduleSlug: string, lessonSlug: string, visitId: string): Observable<void> {
    return this.api.invoke(learningControllerBeat, { moduleSlug, lessonSlug, body: { visitId } });
  }

  closingTest(moduleSlug: string): Observable<ClosingTestView> {
    return this.api.invoke(learningControllerClosingTest, { moduleSlug });
  }

  takeClosingTest(
    moduleSlug: string,
    answers: Record<string, number>,
  ): Observable<ClosingTestResult> {
    return this.api.invoke(learningControllerTakeClosingTest, { moduleSlug, body: { answers } });
  }

  certificates(): Observable<Certificate[]> {
    return this.api.invoke(certificatesControllerMine);
  }

  verifyCertificate(code: string): Observable<CertificateVerification> {
    return this.api.invoke(certificatesControllerVerify, { code });
  }

  /** The team's own cards: approved ones, one's own proposals, and for the lead all proposals. */
  teamCards(teamId: string | undefined): Observable<TeamCard[]> {
    return teamId ? this.api.invoke(teamCardsControllerList, { teamId }) : of([]);
  }

  createTeamCard(teamId: string, body: CreateTeamCardRequest): Observable<TeamCard> {
    return this.api.invoke(teamCardsControllerCreate, { teamId, body });
  }

  approveTeamCard(teamId: string, cardId: string): Observable<TeamCard> {
    return this.api.invoke(teamCardsControllerApprove, { teamId, cardId });
  }

  removeTeamCard(teamId: string, cardId: string): Observable<void> {
    return this.api.invoke(teamCardsControllerRemove, { teamId, cardId });
  }

  accreditations(organisationId: string): Observable<ModuleAccreditationView[]> {
    return this.api.invoke(certificatesControllerAccreditations, { organisationId });
  }

  accredit(
    organisationId: string,
    moduleSlug: string,
    body: AccreditationRequest,
  ): Observable<void> {
    return this.api.invoke(certificatesControllerAccredit, { organisationId, moduleSlug, body });
  }

  removeAccreditation(organisationId: string, moduleSlug: string): Observable<void> {
    return this.api.invoke(certificatesControllerRemoveAccreditation, {
      organisationId,
      moduleSlug,
    });
  }

  organisationCertificates(organisationId: string): Observable<OrganisationCertificate[]> {
    return this.api.invoke(certificatesControllerOrganisationCertificates, { organisationId });
  }

  reissueCertificate(
    organisationId: string,
    certificateId: string,
    holderName: string,
  ): Observable<{ id: string }> {
    return this.api.invoke(certificatesControllerReissue, {
      organisationId,
      certificateId,
      body: { holderName },
    });
  }

  revokeCertificate(
    organisationId: string,
    certificateId: string,
    reason: string,
  ): Observable<void> {
    return this.api.invoke(certificatesControllerRevoke, {
      organisationId,
      certificateId,
      body: { reason },
    });
  }

  answerReflection(
    moduleSlug: string,
    lessonSlug: string,
    block: string,
    request: ReflectionAnswerRequest,
  ): Observable<ReflectionAnswer> {
    return this.api.invoke(learningControllerAnswerReflection, {
      moduleSlug,
      lessonSlug,
      block,
      body: request,
    });
  }

  answerCheck(
    moduleSlug: string,
    lessonSlug: string,
    block: string,
    option: number,
  ): Observable<CheckResult> {
    return this.api.invoke(learningControllerAnswerCheck, {
      moduleSlug,
      lessonSlug,
      block,
      body: { option },
    });
  }

  takeSelfAssessment(
    moduleSlug: string,
    lessonSlug: string,
    block: string,
    scores: Record<string, number>,
  ): Observable<SelfAssessmentResult> {
    return this.api.invoke(learningControllerTakeSelfAssessment, {
      moduleSlug,
      lessonSlug,
      block,
      body: { scores },
    });
  }

  complete(moduleSlug: string, lessonSlug: string): Observable<LessonCompletionResult> {
    return this.api.invoke(learningControllerComplete, { moduleSlug, lessonSlug });
  }

  myLearning(): Observable<MyLearning> {
    return this.api.invoke(learningControllerMyLearning);
  }

  assignments(teamId: string): Observable<Assignment[]> {
    return this.api.invoke(assignmentsControllerList, { teamId });
  }

  assign(teamId: string, request: CreateAssignmentRequest): Observable<Assignment> {
    return this.api.invoke(assignmentsControllerCreate, { teamId, body: request });
  }

  teamProgress(teamId: string): Observable<TeamProgress> {
    return this.api.invoke(assignmentsControllerProgress, { teamId });
  }

  withdraw(teamId: string, assignmentId: string): Observable<void> {
    return this.api.invoke(assignmentsControllerWithdraw, { teamId, assignmentId });
  }

  portfolio(): Observable<Portfolio> {
    return this.api.invoke(learningControllerPortfolio);
  }

  cards(): Observable<Card[]> {
    return this.api.invoke(learningControllerCards);
  }

  card(cardSlug: string): Observable<Card> {
    return this.api.invoke(learningControllerCard, { cardSlug });
  }

  /** My werkbegeleiding meetings, newest first: reflection in my leerverslag. */
  werkbegeleiding(): Observable<Werkbegeleiding[]> {
    return this.api.invoke(werkbegeleidingControllerMine);
  }

  addWerkbegeleiding(request: WerkbegeleidingRequest): Observable<Werkbegeleiding> {
    return this.api.invoke(werkbegeleidingControllerAdd, { body: request });
  }

  removeWerkbegeleiding(meetingId: string): Observable<void> {
    return this.api.invoke(werkbegeleidingControllerRemove, { meetingId });
  }
}
