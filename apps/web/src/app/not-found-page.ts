import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';

const notFoundTexts = defineTexts(
  {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is de link verouderd of zit er een typefout in het adres.',
    back: 'Naar de startpagina',
  },
  {
    title: 'This page does not exist',
    text: 'The link may be out of date, or the address may contain a typo.',
    back: 'Go to the start page',
  },
);

@Component({
  selector: 'lr-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t().title }}</h1>
    <p>{{ t().text }}</p>
    <a [routerLink]="startLink">{{ t().back }}</a>
  `,
})
export class NotFoundPage {
  protected readonly t = injectTexts(notFoundTexts);
  protected readonly startLink = link(appPaths.start);
}
