export * from './lib/learning.module';
export { ContentImporter, type ImportSummary } from './lib/content/content-importer';
export { readContent } from './lib/content/content-reader';
export { ContentError, type ContentProblem } from '@leerruimte/api-core';
export { learningActivity } from './lib/reporting/learning-activity';
export { CertificatePdfMaker, Certificates } from './lib/certificates/certificates';
