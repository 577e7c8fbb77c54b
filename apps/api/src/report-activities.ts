import type { ReportActivity } from '@leerruimte/api-core';
import { boardActivity } from '@leerruimte/api-board';
import { learningActivity } from '@leerruimte/api-learning';
import { reflectionActivity } from '@leerruimte/api-reflection';
import { trainingsActivity } from '@leerruimte/api-trainings';

/** Each domain's part of the reports, for the rollup the CLI runs (the worker has its own). */
export const reportActivities: readonly ReportActivity[] = [
  learningActivity,
  reflectionActivity,
  boardActivity,
  trainingsActivity,
];
