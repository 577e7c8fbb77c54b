import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, NotificationList, NotificationView } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { DeferredMenus } from './deferred-menus';
import { NotificationMenu } from './notification-menu';

const fatma: CurrentUser = {
  id: 'u',
  email: 'fatma@voorbeeldstad.test',
  name: 'Fatma Yilmaz',
  locale: 'nl',
  platformAdmin: false,
  emailNotifications: 'each',
  preferredTeamId: null,
  registration: null,
  twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
  organisations: [],
  teams: [],
};

function answered(id: number, minutesAgo: number, read: boolean): NotificationView {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    createdAt: at,
    updatedAt: at,
    readAt: read ? at : null,
    content: {
      kind: 'why_question_answered',
      teamId: '00000000-0000-4000-8000-0000000000aa',
      questionId: `00000000-0000-4000-8000-${String(200 + id).padStart(12, '0')}`,
      question: `Waarom ${id}?`,
      teamName: 'Wijkteam Noord',
      answeredBy: 'Sanne',
    },
  };
}

@Component({ template: '' })
class Blank {}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe(NotificationMenu.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(fatma);
  });

  async function open(list: NotificationList) {
    const fixture = TestBed.createComponent(NotificationMenu);
    TestBed.tick();
    http.expectOne('/api/me/notifications?limit=5').flush(list);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-testid=notifications]')?.click();
    await settle(fixture);
    const panel = document.querySelector<HTMLElement>('.notification-panel');
    if (!panel) throw new Error('the bell did not open');
    return { fixture, element, panel };
  }

  it('shows the unread count, the latest with their time, and the way to all of them', async () => {
    const { element, panel } = await open({
      unread: 1,
      notifications: [answered(1, 5, false), answered(2, 60 * 30, true)],
      more: true,
    });
    expect(
      element.querySelector('[data-testid=notifications]')?.getAttribute('aria-label'),
    ).toContain('1');
    const items = [...panel.querySelectorAll<HTMLAnchorElement>('a.mat-mdc-menu-item')];
    expect(items[0].textContent).toContain('ongelezen');
    expect(items[0].textContent).toContain('Waarom 1?');
    expect(items[0].querySelector('.when')?.textContent?.trim()).not.toBe('');
    expect(items[1].textContent).not.toContain('ongelezen');
    expect(items.at(-1)?.getAttribute('href')).toBe('/meldingen');
  });

  it('marks read only what is followed, or everything on request, never by opening', async () => {
    const unread = answered(1, 5, false);
    const { fixture, panel } = await open({
      unread: 2,
      notifications: [unread, answered(3, 9, false)],
      more: false,
    });
    http.expectNone('/api/me/notifications/read');

    panel.querySelector<HTMLAnchorElement>('a.mat-mdc-menu-item')?.click();
    const one = http.expectOne('/api/me/notifications/read');
    expect(one.request.body).toEqual({ ids: [unread.id] });
    one.flush(null);
    await settle(fixture);
    // Once after marking, once after the page changed.
    for (const refresh of http.match('/api/me/notifications?limit=5')) {
      refresh.flush({ unread: 1, notifications: [answered(3, 9, false)], more: false });
    }
    await settle(fixture);

    fixture.nativeElement.querySelector('[data-testid=notifications]').click();
    await settle(fixture);
    document.querySelector<HTMLButtonElement>('.notification-panel .all-read')?.click();
    const all = http.expectOne('/api/me/notifications/read');
    expect(all.request.body).toEqual({});
    all.flush(null);
    await settle(fixture);
    http
      .expectOne('/api/me/notifications?limit=5')
      .flush({ unread: 0, notifications: [], more: false });
    await settle(fixture);
    expect(fixture.nativeElement.querySelector('.badge')).toBeNull();
  });

  it('opens at once when the bell was pressed before the menu had loaded', async () => {
    TestBed.inject(DeferredMenus).press('notifications');
    const fixture = TestBed.createComponent(NotificationMenu);
    TestBed.tick();
    http
      .expectOne('/api/me/notifications?limit=5')
      .flush({ unread: 0, notifications: [], more: false });
    await settle(fixture);
    expect(document.querySelector('.notification-panel')).not.toBeNull();
    expect(TestBed.inject(DeferredMenus).take('notifications')).toBe(false);
  });
});
