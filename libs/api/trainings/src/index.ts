export * from './lib/trainings.module';
export { trainingsActivity } from './lib/reporting/trainings-activity';
export { readTrainingTemplates } from './lib/templates/template-reader';
export { TrainingTemplates } from './lib/templates/training-templates';
export { TrainingFollowUpQuestions } from './lib/follow-up/training-follow-up-questions';
