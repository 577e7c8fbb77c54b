// The web app's client of the API, generated from libs/shared/contracts/openapi.json by
// `npm run api-client:generate` (nothing under lib/generated is edited by hand). Data-access
// services call an operation as `inject(ApiClient).invoke(teamsControllerList, { organisationId })`.
export { ApiClient } from './lib/generated/api-client';
export * from './lib/generated/functions';
