import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ContentHtml } from './content-html';

@Component({
  imports: [ContentHtml],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div [innerHTML]="html() | contentHtml"></div>`,
})
class Host {
  readonly html = signal('');
}

describe(ContentHtml.name, () => {
  it('shows the API’s content markup as it is, without sanitizing it again', async () => {
    // A task list as the API's markdown() writes it: Angular's sanitizer would drop the boxes.
    const markup =
      '<p>Een <strong>vet</strong> woord en een <a href="https://www.movisie.nl/">link</a>.</p>\n' +
      '<ul>\n<li><input checked="" disabled="" type="checkbox"> gedaan</li>\n</ul>\n';
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.html.set(markup);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('div')?.innerHTML).toBe(markup);
  });
});
