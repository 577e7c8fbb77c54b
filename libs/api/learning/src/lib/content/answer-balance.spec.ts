import { type BalancedQuestion, answerBalanceProblems } from './answer-balance';

const question = (line: number, texts: string[], correct: number): BalancedQuestion => ({
  file: 'modules/m/les.md',
  line,
  options: texts.map((text, index) => ({ text, correct: index === correct })),
});

describe(answerBalanceProblems.name, () => {
  it('accepts a module whose right answers vary in length and place', () => {
    const questions = [
      question(1, ['kort', 'iets langer', 'het langste antwoord'], 0),
      question(2, ['kort', 'iets langer', 'het langste antwoord'], 1),
      question(3, ['het langste antwoord', 'kort', 'iets langer'], 0),
      question(4, ['kort', 'iets langer', 'het langste antwoord'], 2),
      question(5, ['kort', 'iets langer', 'het langste antwoord'], 1),
    ];
    expect(answerBalanceProblems(questions)).toEqual([]);
  });

  it('refuses a module whose right answer is mostly the longest, naming each such question', () => {
    const questions = [
      question(1, ['kort', 'ook kort', 'het juiste en langste antwoord'], 2),
      question(2, ['kort', 'het juiste en langste antwoord', 'ook kort'], 1),
      question(3, ['het juiste en langste antwoord', 'kort', 'ook kort'], 0),
      question(4, ['het langste antwoord van allemaal', 'kort', 'juist'], 2),
    ];

    const problems = answerBalanceProblems(questions);

    expect(problems.map((problem) => problem.line)).toEqual([1, 2, 3]);
    expect(problems[0]).toEqual({
      file: 'modules/m/les.md',
      line: 1,
      message:
        "the correct option is the longest in 3 of the module's 4 questions (at most 40%): make the options similar in length",
    });
  });

  it('refuses a module whose right answer is mostly in the same place', () => {
    const questions = [1, 2, 3, 4].map((line) => question(line, ['aaaa', 'bb', 'ccc'], 1));
    questions.push(question(5, ['aaaa', 'bb', 'ccc'], 0));

    const problems = answerBalanceProblems(questions);

    expect(problems.map((problem) => problem.line)).toEqual([1, 2, 3, 4]);
    expect(problems[0].message).toContain("option 2 in 4 of the module's 5 questions");
  });

  it('leaves a module with too few questions to judge alone', () => {
    expect(answerBalanceProblems([question(1, ['kort', 'het langste antwoord'], 1)])).toEqual([]);
  });
});
