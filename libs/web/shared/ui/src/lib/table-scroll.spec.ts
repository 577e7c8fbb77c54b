import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TableScroll } from './table-scroll';

@Component({
  imports: [TableScroll],
  template: `<lr-table-scroll labelledBy="caption"
    ><table>
      <caption id="caption">
        Teams vergelijken
      </caption>
    </table></lr-table-scroll
  >`,
})
class Host {}

describe(TableScroll.name, () => {
  async function render(sizes: { scrollWidth: number; clientWidth: number; scrollLeft: number }) {
    const fixture = TestBed.createComponent(Host);
    const scroller = (fixture.nativeElement as HTMLElement).querySelector(
      '.scroller',
    ) as HTMLElement;
    for (const [name, value] of Object.entries(sizes)) {
      Object.defineProperty(scroller, name, { configurable: true, value });
    }
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, scroller, fixture };
  }

  it('says in words that a wide table scrolls, and lets the keyboard reach it', async () => {
    const { element, scroller } = await render({
      scrollWidth: 2415,
      clientWidth: 1072,
      scrollLeft: 0,
    });

    expect(element.querySelector('.hint')?.textContent).toContain('Schuif de tabel opzij');
    expect(scroller.getAttribute('tabindex')).toBe('0');
    expect(scroller.getAttribute('role')).toBe('region');
    expect(scroller.getAttribute('aria-labelledby')).toBe('caption');
    expect(element.querySelector('.frame')?.className).toContain('more-right');
    expect(element.querySelector('.frame')?.className).not.toContain('more-left');
  });

  it('keeps quiet about a table that fits', async () => {
    const { element, scroller } = await render({
      scrollWidth: 600,
      clientWidth: 600,
      scrollLeft: 0,
    });

    expect(element.querySelector('.hint')).toBeNull();
    expect(scroller.hasAttribute('tabindex')).toBe(false);
  });
});
