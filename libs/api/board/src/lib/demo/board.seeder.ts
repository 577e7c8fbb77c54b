import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRows } from '@leerruimte/api-infrastructure';
import { Case, CaseDiscussion, CaseDiscussionParticipant } from '../cases/case.entities';
import {
  Experiment,
  ExperimentDataPoint,
  ExperimentLogEntry,
  ExperimentParticipant,
} from '../experiments/experiment.entities';
import { WhyAnswer, WhyQuestion, WhyVote } from '../why-questions/why-question.entities';

const personRow = z.object({ id: z.string(), email: z.string(), team_id: z.string() });

/**
 * Wijkteam Noord's learning board: a case, why-questions with votes and answers (one on the
 * agenda, one discussed, one dug into), a running experiment with a logbook and measurements,
 * an adopted one and its follow-up idea.
 */
@DemoSeed({ name: 'board: learning board of Wijkteam Noord', order: 40 })
@Injectable()
export class BoardSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const people = await selectRows(
      manager,
      personRow,
      `SELECT u.id, u.email, t.id AS team_id FROM app_user u
         JOIN team_membership m ON m.user_id = u.id
         JOIN team t ON t.id = m.team_id
        WHERE t.name = 'Wijkteam Noord'`,
    );
    const byEmail = (email: string) => {
      const person = people.find((candidate) => candidate.email === email);
      if (!person) throw new Error(`Demo board data needs ${email} in Wijkteam Noord`);
      return person.id;
    };
    const teamId = people[0].team_id;
    const samira = byEmail('samira.elamrani@voorbeeldstad.test');
    const fatma = byEmail('fatma.yilmaz@voorbeeldstad.test');
    const joost = byEmail('joost.visser@voorbeeldstad.test');
    const today = DateTime.now().setZone('Europe/Amsterdam').startOf('day');
    const daysAgo = (days: number) => today.minus({ days }).set({ hour: 10 }).toJSDate();
    const dateAgo = (days: number) => today.minus({ days }).toISODate() as string;
    const insert = async <T extends object>(entity: new () => T, values: Partial<T>) => {
      const { identifiers } = await manager.insert(entity, values as never);
      return identifiers[0].id as string;
    };

    const caseId = await insert(Case, {
      teamId,
      authorId: joost,
      title: 'Moeder met twee banen en een oplopende huurachterstand',
      description:
        'Een moeder (eind dertig) werkt in de schoonmaak en de thuiszorg. Haar zoon van veertien gaat steeds minder naar school. ' +
        'De woningcorporatie meldt een huurachterstand van drie maanden. Ze zegt zelf dat ze het "allemaal wel redt". ' +
        'Drie instanties zijn betrokken, maar niemand heeft het overzicht.',
      theme: 'samenwerking',
      createdAt: daysAgo(30),
    });
    // Held as intervisie: 90 minutes of reflection in the three participants' leerverslag.
    const discussionId = await insert(CaseDiscussion, {
      teamId,
      caseId,
      authorId: samira,
      method: 'incident_method',
      heldOn: dateAgo(23),
      minutes: 90,
      steps: [
        {
          step: 'incident',
          notes: 'Joost vertelt over het huisbezoek waarin moeder de deur bijna dichtdeed.',
        },
        { step: 'questions', notes: 'Wie heeft ze zelf om hulp gevraagd? Wat weet de school?' },
        { step: 'core_question', notes: 'Hoe krijgen we vertrouwen voordat we over geld praten?' },
        {
          step: 'own_approach',
          notes: 'Fatma: eerst de zoon spreken. Samira: de buurvrouw vragen mee te denken.',
        },
        { step: 'contributor_response', notes: 'Joost gaat eerst langs zonder formulieren.' },
        { step: 'lessons', notes: 'Vertrouwen gaat voor de indicatie.' },
      ],
      outcome: 'We spreken af dat het eerste bezoek nooit over formulieren gaat.',
      createdAt: daysAgo(23),
    });
    await manager.insert(
      CaseDiscussionParticipant,
      [samira, fatma, joost].map((userId) => ({ discussionId, userId })),
    );

    const indication = await insert(WhyQuestion, {
      teamId,
      authorId: fatma,
      question: 'Waarom starten we altijd met de indicatie?',
      theme: 'regels-en-kaders',
      status: 'on_agenda',
      onAgendaAt: daysAgo(2),
      caseId,
      createdAt: daysAgo(20),
    });
    await insert(WhyQuestion, {
      teamId,
      authorId: joost,
      question: 'Waarom denken we dat we pas iets mogen doen als de indicatie rond is?',
      theme: 'regels-en-kaders',
      parentId: indication,
      depth: 2,
      createdAt: daysAgo(18),
    });
    const doctor = await insert(WhyQuestion, {
      teamId,
      authorId: joost,
      question: 'Waarom bellen we de huisarts pas als er al een crisis is?',
      theme: 'samenwerking',
      createdAt: daysAgo(9),
    });
    const reports = await insert(WhyQuestion, {
      teamId,
      authorId: samira,
      question: 'Waarom schrijven we onze verslagen pas aan het eind van de week?',
      theme: 'eigen-handelen',
      status: 'discussed',
      conclusion:
        'Uit gewoonte, en omdat vrijdag "administratiedag" heet. Details zijn dan al weg; we proberen het direct na het bezoek.',
      discussedAt: daysAgo(60),
      createdAt: daysAgo(75),
    });
    const network = await insert(WhyQuestion, {
      teamId,
      authorId: fatma,
      question: 'Waarom vragen we zo zelden wat het netwerk zelf al heeft geprobeerd?',
      theme: 'aanpak',
      status: 'in_experiment',
      caseId,
      createdAt: daysAgo(28),
    });
    await manager.insert(WhyVote, [
      { questionId: indication, userId: samira },
      { questionId: indication, userId: joost },
      { questionId: doctor, userId: fatma },
      { questionId: network, userId: joost },
    ]);
    await manager.insert(WhyAnswer, [
      {
        teamId,
        questionId: indication,
        authorId: joost,
        text: 'Ik denk omdat de indicatie ons zekerheid geeft dat we het goed doen, richting de gemeente.',
        createdAt: daysAgo(19),
      },
      {
        teamId,
        questionId: indication,
        authorId: samira,
        text: 'Goede vraag. De regels vragen het niet eens altijd; laten we uitzoeken waar het wel moet.',
        createdAt: daysAgo(17),
      },
    ]);

    const running = await insert(Experiment, {
      teamId,
      authorId: fatma,
      title: 'Eerst het netwerk aan tafel',
      theme: 'aanpak',
      situation: 'We maken vaak een plan voordat we weten wat familie en buren al doen.',
      intendedEffect: 'Sneller een eerste gesprek waarin het netwerk meedenkt.',
      whatWeTry:
        'Bij elke nieuwe melding vragen we in het eerste gesprek wie er al helpt, en nodigen we één persoon uit.',
      prediction:
        'Binnen twee weken zit er bij de helft van de meldingen iemand uit het netwerk aan tafel.',
      howWeKnow: 'We tellen per melding de dagen tot het eerste gesprek met het netwerk.',
      measureName: 'Dagen tot eerste gesprek met het netwerk',
      roles: 'Fatma houdt de telling bij; Joost neemt het mee in de casusbespreking.',
      startDate: dateAgo(42),
      endDate: today.plus({ days: 14 }).toISODate() as string,
      status: 'running',
      statusChangedAt: daysAgo(42),
      whyQuestionId: network,
      caseId,
      createdAt: daysAgo(27),
    });
    await manager.insert(ExperimentParticipant, [
      { experimentId: running, userId: fatma },
      { experimentId: running, userId: joost },
    ]);
    await manager.insert(ExperimentLogEntry, [
      {
        teamId,
        experimentId: running,
        authorId: joost,
        observedOn: dateAgo(30),
        text: 'De buurvrouw kwam mee naar het gesprek en wist meer dan wij in drie weken hadden gehoord.',
        createdAt: daysAgo(30),
      },
      {
        teamId,
        experimentId: running,
        authorId: fatma,
        observedOn: dateAgo(12),
        text: 'Twee keer wilde iemand juist niet dat familie meedoet. Dat vragen we nu eerst.',
        createdAt: daysAgo(12),
      },
    ]);
    const days = [16, 14, 15, 12, 13, 9, 8, 7, 8, 6, 5, 6];
    await manager.insert(
      ExperimentDataPoint,
      days.map((value, index) => ({
        teamId,
        experimentId: running,
        authorId: fatma,
        measuredOn: dateAgo(42 - index * 3),
        value,
        note: '',
        createdAt: daysAgo(42 - index * 3),
      })),
    );

    const adopted = await insert(Experiment, {
      teamId,
      authorId: samira,
      title: 'Verslag direct na het huisbezoek',
      theme: 'eigen-handelen',
      situation: 'Verslagen worden op vrijdag geschreven; details zijn dan weg.',
      intendedEffect: 'Vollediger verslagen en een rustiger vrijdag.',
      whatWeTry: 'Na elk huisbezoek tien minuten in de auto of op kantoor voor het verslag.',
      prediction: 'Het kost per bezoek tien minuten, maar scheelt op vrijdag twee uur.',
      howWeKnow: 'Iedereen schat op vrijdag hoeveel tijd de verslagen kostten.',
      measureName: '',
      roles: 'Iedereen; Samira vraagt het na in het teamoverleg.',
      startDate: dateAgo(58),
      endDate: dateAgo(30),
      status: 'adopted',
      statusChangedAt: daysAgo(28),
      whyQuestionId: reports,
      doneAsPlanned: 'partly',
      comparedWithPrediction:
        'Het kostte minder dan tien minuten per bezoek. Op vrijdag scheelde het meer dan twee uur.',
      learned:
        'Direct schrijven maakt verslagen korter en beter; alleen na lange bezoeken lukt het niet altijd.',
      evaluatedById: samira,
      evaluatedAt: daysAgo(28),
      createdAt: daysAgo(59),
    });
    await manager.insert(ExperimentParticipant, [
      { experimentId: adopted, userId: samira },
      { experimentId: adopted, userId: fatma },
      { experimentId: adopted, userId: joost },
    ]);
    await insert(Experiment, {
      teamId,
      authorId: joost,
      title: 'Verslag samen maken met de bewoner',
      theme: 'eigen-handelen',
      situation: 'Na lange bezoeken lukt direct schrijven niet altijd.',
      intendedEffect: 'De bewoner herkent zich in wat we opschrijven.',
      whatWeTry: 'De laatste vijf minuten van het bezoek schrijven we de afspraken samen op.',
      prediction: '',
      howWeKnow: '',
      measureName: '',
      roles: '',
      status: 'idea',
      previousExperimentId: adopted,
      createdAt: daysAgo(20),
    });
  }
}
