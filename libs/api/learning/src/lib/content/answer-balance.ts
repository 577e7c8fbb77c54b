/** A multiple-choice question as the balance rule sees it: where it is, and its options. */
export interface BalancedQuestion {
  file: string;
  line: number;
  options: Array<{ text: string; correct: boolean }>;
}

/** A module's questions are judged together only from this many on. */
const MIN_QUESTIONS = 4;
const MAX_LONGEST_SHARE = 0.4;
const MAX_POSITION_SHARE = 0.5;

function correctIsLongest(question: BalancedQuestion): boolean {
  const lengths = question.options.map((option) => option.text.trim().length);
  const correct = question.options.findIndex((option) => option.correct);
  return lengths.every((length, index) => index === correct || length < lengths[correct]);
}

const correctPosition = (question: BalancedQuestion) =>
  question.options.findIndex((option) => option.correct);

/**
 * Whether a module's answers can be guessed without knowing the subject: the right option too
 * often the longest, or too often in the same place. Options are shuffled for learners, but a
 * printed or exported test keeps the file order, and the longest-answer habit survives shuffling.
 * Returns a problem for each question that adds to a broken rule.
 */
export function answerBalanceProblems(questions: readonly BalancedQuestion[]) {
  if (questions.length < MIN_QUESTIONS) return [];
  const problems: Array<{ file: string; line: number; message: string }> = [];
  const total = questions.length;

  const longest = questions.filter(correctIsLongest);
  if (longest.length > total * MAX_LONGEST_SHARE) {
    for (const question of longest) {
      problems.push({
        file: question.file,
        line: question.line,
        message: `the correct option is the longest in ${longest.length} of the module's ${total} questions (at most ${MAX_LONGEST_SHARE * 100}%): make the options similar in length`,
      });
    }
  }

  const byPosition = new Map<number, BalancedQuestion[]>();
  for (const question of questions) {
    const position = correctPosition(question);
    byPosition.set(position, [...(byPosition.get(position) ?? []), question]);
  }
  for (const [position, same] of byPosition) {
    if (same.length <= total * MAX_POSITION_SHARE) continue;
    for (const question of same) {
      problems.push({
        file: question.file,
        line: question.line,
        message: `the correct option is option ${position + 1} in ${same.length} of the module's ${total} questions (at most half): vary its position`,
      });
    }
  }
  return problems;
}
