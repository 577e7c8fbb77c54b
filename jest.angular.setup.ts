import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

// jsdom lays nothing out, so it has no scrollIntoView; forms call it to show a wrong field.
Element.prototype.scrollIntoView ??= function scrollIntoView() {
  // Nothing to scroll in jsdom.
};
