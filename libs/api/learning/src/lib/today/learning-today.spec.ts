import type { TodayViewer } from '@leerruimte/api-core';
import { type AssignmentRow, orderedAssignments } from './learning-today';

const viewer: TodayViewer = {
  userId: 'u',
  teams: [{ teamId: 'noord', teamName: 'Noord', organisationId: 'o', role: 'professional' }],
  administers: [],
  platformAdmin: false,
};

const row = (id: string, dueDate: string | null, title = `Module ${id}`): AssignmentRow => ({
  id,
  team_id: 'noord',
  due_date: dueDate,
  slug: id,
  title,
  lesson_count: 4,
  completed_lessons: 1,
});

describe(orderedAssignments.name, () => {
  it('puts overdue assignments first, then the soonest due, then those without a date', () => {
    const sut = orderedAssignments(
      [
        row('undated', null),
        row('later', '2026-12-20'),
        row('overdue-recent', '2026-11-20'),
        row('today', '2026-11-22'),
        row('overdue-long', '2026-10-01'),
      ],
      viewer,
      '2026-11-22',
    );

    expect(sut.map((assignment) => [assignment.assignmentId, assignment.overdue])).toEqual([
      ['overdue-long', true],
      ['overdue-recent', true],
      ['today', false],
      ['later', false],
      ['undated', false],
    ]);
  });

  it('orders assignments due the same day by module title', () => {
    const sut = orderedAssignments(
      [row('b', '2026-12-01', 'Zelf leren'), row('a', '2026-12-01', 'Anders kijken')],
      viewer,
      '2026-11-22',
    );

    expect(sut.map((assignment) => assignment.module.title)).toEqual([
      'Anders kijken',
      'Zelf leren',
    ]);
  });

  it('names the team and keeps the progress', () => {
    const [sut] = orderedAssignments([row('a', null)], viewer, '2026-11-22');

    expect(sut).toEqual({
      assignmentId: 'a',
      teamName: 'Noord',
      dueDate: null,
      overdue: false,
      module: { slug: 'a', title: 'Module a', lessonCount: 4 },
      completedLessons: 1,
    });
  });
});
