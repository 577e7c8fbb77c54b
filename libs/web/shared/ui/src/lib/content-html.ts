import { Pipe, type PipeTransform, inject } from '@angular/core';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';

/**
 * HTML that the API made from Leerruimte's content files (modules, cards, trainers' guides),
 * shown as it is. The API's `markdown()` makes it safe by construction: HTML written in the
 * source becomes text, and links go only to the web, mail or a phone number. Angular's sanitizer
 * would parse and walk every block again in the browser, the largest part of a lesson's render
 * on a phone. Only for those fields: anything a person typed is bound as text.
 */
@Pipe({ name: 'contentHtml' })
export class ContentHtml implements PipeTransform {
  private readonly sanitizer = inject(DomSanitizer);

  transform(html: string): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml(html);
  }
}
