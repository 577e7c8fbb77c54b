import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StatusIndicator } from './status-indicator';

@Component({
  imports: [StatusIndicator],
  template: `<lr-status-indicator [state]="'down'">Database niet bereikbaar</lr-status-indicator>`,
})
class Host {}

describe(StatusIndicator.name, () => {
  it('shows the state as text and as an icon shape, not by colour alone', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement.querySelector('lr-status-indicator');

    expect(element.textContent?.trim()).toBe('Database niet bereikbaar');
    expect(element.getAttribute('data-state')).toBe('down');
    expect(element.querySelector('svg path')).not.toBeNull();
    expect(element.querySelector('.icon')?.getAttribute('aria-hidden')).toBe('true');
  });
});
