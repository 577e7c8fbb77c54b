// The web app's client of the API, generated from libs/shared/contracts/openapi.json by
// `npm run api-client:generate` (nothing under lib/generated is edited by hand). Each operation is
// a function, imported per OpenAPI tag from `@leerruimte/web-shared-api-client/<tag>`, and called
// as `inject(ApiClient).invoke(teamsControllerList, { organisationId })`.
export { ApiClient } from './lib/generated/api-client';
