// Test data factories, imported as '@leerruimte/api-board/testing' by tests only.
import type { DataSource } from 'typeorm';
import { insertRow } from '@leerruimte/api-infrastructure/testing';
import { Case, CaseDiscussion, CaseDiscussionParticipant } from './lib/cases/case.entities';
import { Experiment } from './lib/experiments/experiment.entities';
import { WhyQuestion, WhyVote } from './lib/why-questions/why-question.entities';

/** The items of a team's learning board. */
export function boardFactories(db: DataSource) {
  return {
    whyQuestion: (teamId: string, values: Partial<WhyQuestion> = {}) =>
      insertRow(db, WhyQuestion, {
        teamId,
        question: 'Waarom doen we het zo?',
        theme: 'aanpak',
        ...values,
      }),
    vote: async (questionId: string, userId: string) => {
      await insertRow(db, WhyVote, { questionId, userId });
    },
    experiment: (teamId: string, values: Partial<Experiment> = {}) =>
      insertRow(db, Experiment, {
        teamId,
        title: 'Korter overleg',
        situation: '',
        intendedEffect: 'Beter',
        whatWeTry: 'Anders',
        prediction: '',
        howWeKnow: '',
        measureName: '',
        roles: '',
        ...values,
      }),
    teamCase: (teamId: string, values: Partial<Case> = {}) =>
      insertRow(db, Case, { teamId, title: 'Een casus', description: '', ...values }),
    /** A case discussion held as intervisie on `heldOn`, with who took part. */
    intervisie: async (
      teamId: string,
      caseId: string,
      heldOn: string,
      minutes: number,
      participants: string[],
    ) => {
      const discussionId = await insertRow(db, CaseDiscussion, {
        teamId,
        caseId,
        method: 'incident_method',
        heldOn,
        minutes,
        steps: [],
        outcome: '',
      });
      for (const userId of participants) {
        await db.getRepository(CaseDiscussionParticipant).insert({ discussionId, userId });
      }
      return discussionId;
    },
  };
}
