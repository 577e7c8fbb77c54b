import { suppress } from './suppression';

const hiddenIn = (cells: boolean[]) => cells.flatMap((hidden, index) => (hidden ? [index] : []));

/** 500 random tables of up to five teams and six months, the same each run. */
function* randomTables(seed: number, fewestTeams: number) {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 500; round++) {
    const teams = fewestTeams + Math.floor(random() * 5);
    const months = 1 + Math.floor(random() * 6);
    const people = Array.from({ length: teams }, () =>
      Array.from({ length: months }, () => Math.floor(random() * 9)),
    );
    const organisation = Array.from({ length: months }, (_, month) =>
      people.reduce((sum, row) => sum + row[month], 0),
    );
    yield { months, people, organisation, random };
  }
}

describe(suppress.name, () => {
  it('shows every cell when each comes from at least five people or from nobody', () => {
    const result = suppress([[5, 0, 9]], [5, 0, 9], 5);
    expect(result.team).toEqual([[false, false, false, false]]);
    expect(result.organisation).toEqual([false, false, false, false]);
  });

  it('hides a month of four people, and with it the total of the period', () => {
    const result = suppress([[6, 4, 6]], [6, 4, 6], 5);
    expect(hiddenIn(result.team[0])).toEqual([1, 3]);
    expect(hiddenIn(result.organisation)).toEqual([1, 3]);
  });

  it('hides a second, the smallest other team, so the organisation minus the rest reveals nothing', () => {
    const result = suppress(
      [
        [4, 8],
        [9, 8],
        [6, 8],
      ],
      [19, 24],
      5,
    );
    expect(hiddenIn(result.team[0])).toEqual([0, 2]);
    expect(hiddenIn(result.team[1])).toEqual([]);
    expect(hiddenIn(result.team[2])).toEqual([0, 2]);
    expect(hiddenIn(result.organisation)).toEqual([]);
  });

  it('hides the organisation when no other team has activity to hide alongside', () => {
    const result = suppress([[4], [0]], [4], 5);
    expect(hiddenIn(result.team[0])).toEqual([0, 1]);
    expect(hiddenIn(result.organisation)).toEqual([0, 1]);
  });

  it("respects the organisation's own minimum group size", () => {
    expect(suppress([[3]], [3], 3).team[0]).toEqual([false, false]);
    expect(suppress([[3]], [3], 4).team[0]).toEqual([true, true]);
  });

  it('never leaves a single suppressed cell in a line, over many random tables', () => {
    for (const { months, people, organisation } of randomTables(7, 1)) {
      const { team, organisation: whole } = suppress(people, organisation, 5);
      for (let month = 0; month <= months; month++) {
        const column = [...team.map((row) => row[month]), whole[month]];
        expect(column.filter(Boolean).length).not.toBe(1);
      }
      for (const row of [...team, whole]) {
        expect(row.filter(Boolean).length).not.toBe(1);
      }
      people.forEach((row, t) =>
        row.forEach((count, m) => {
          if (count > 0 && count < 5) expect(team[t][m]).toBe(true);
        }),
      );
    }
  });

  it('does not let a team the reader leads stand in for another hidden team', () => {
    // The reader leads team 0 and sees its 4 people's figures anyway: team 1 alone would follow
    // from the organisation minus the rest, so the smallest team the reader does not know joins it.
    const people = [[4], [3], [9], [6]];
    const withoutReader = suppress(people, [22], 5);
    const forLead = suppress(people, [22], 5, [true, false, false, false]);

    expect(withoutReader.team.map((row) => row[0])).toEqual([true, true, false, false]);
    expect(forLead.team.map((row) => row[0])).toEqual([true, true, false, true]);
    expect(forLead.organisation).toEqual([false, false]);
  });

  it('gives a lone hidden team the reader leads a second one they do not know, and then a third', () => {
    // Only the reader's team 0 has too few people: any reader needs a second hidden team, and
    // this reader, who knows team 0, a second one besides that.
    const forLead = suppress([[4], [6], [9], [7]], [26], 5, [true, false, false, false]);

    expect(forLead.team.map((row) => row[0])).toEqual([true, true, false, true]);
    expect(forLead.organisation).toEqual([false, false]);
  });

  it('leaves no hidden cell alone among those the reader does not know, over many random tables', () => {
    for (const { months, people, organisation, random } of randomTables(11, 2)) {
      const known = people.map(() => random() < 0.3);
      const { team, organisation: whole } = suppress(people, organisation, 5, known);
      for (let month = 0; month <= months; month++) {
        const unknownHidden = team.filter((row, t) => row[month] && !known[t]).length;
        if (!whole[month]) expect(unknownHidden).not.toBe(1);
        // And still safe for any other reader.
        const column = [...team.map((row) => row[month]), whole[month]];
        expect(column.filter(Boolean).length).not.toBe(1);
      }
    }
  });
});
