import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type PeopleImport,
  type PeopleImportMode,
  type PeopleImportRow,
  type PeopleImportRowStatus,
  importOutcome,
} from '@leerruimte/shared-contracts';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, Notice, TableScroll, formAction } from '@leerruimte/web-shared-ui';
import { peopleImportTexts } from './people-import.texts';

/** Rows shown at first and added per "show more": a long file stays quick to scroll. */
const PAGE = 100;
const POLL_MS = 1000;

/** What a mode acts on: the rows that would change, for the count on the button. */
export function rowsActedOn(
  rows: readonly PeopleImportRow[],
  mode: PeopleImportMode,
  skipped: ReadonlySet<number>,
): number {
  return rows.filter((row) =>
    ['invited', 'role_changed'].includes(importOutcome(row.status, mode, skipped.has(row.line))),
  ).length;
}

/**
 * An organisation admin brings in a list of people: upload, check each line, choose what the
 * import does, follow its progress, then mail the invitations as a separate step.
 */
@Component({
  selector: 'lr-people-import-page',
  imports: [FormProblem, Notice, TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-import-page.html',
  styleUrl: './admin-pages.scss',
})
export class PeopleImportPage {
  private readonly api = inject(IdentityApi);
  protected readonly t = injectTexts(peopleImportTexts);

  readonly organisationId = input.required<string>();

  protected readonly file = signal<File | null>(null);
  protected readonly upload = signal<PeopleImport | null>(null);
  protected readonly mode = signal<PeopleImportMode>('add_and_update');
  protected readonly skipped = signal<ReadonlySet<number>>(new Set());
  protected readonly filter = signal<PeopleImportRowStatus | 'all'>('all');
  protected readonly shown = signal(PAGE);
  protected readonly confirmingSend = signal(false);
  protected readonly sentCount = signal<number | null>(null);
  protected readonly action = formAction();
  protected readonly modes: PeopleImportMode[] = ['add', 'add_and_update', 'update'];
  protected readonly statuses: PeopleImportRowStatus[] = [
    'invite',
    'change_role',
    'unchanged',
    'error',
  ];

  protected readonly counts = computed(() => {
    const counts: Record<PeopleImportRowStatus, number> = {
      invite: 0,
      change_role: 0,
      unchanged: 0,
      error: 0,
    };
    for (const row of this.upload()?.rows ?? []) counts[row.status] += 1;
    return counts;
  });
  protected readonly visibleRows = computed(() => {
    const filter = this.filter();
    const rows = this.upload()?.rows ?? [];
    return (filter === 'all' ? rows : rows.filter((row) => row.status === filter)).slice(
      0,
      this.shown(),
    );
  });
  protected readonly hiddenRows = computed(() => {
    const filter = this.filter();
    const rows = this.upload()?.rows ?? [];
    const total = filter === 'all' ? rows.length : this.counts()[filter];
    return Math.max(0, total - this.shown());
  });
  protected readonly actedOn = computed(() =>
    rowsActedOn(this.upload()?.rows ?? [], this.mode(), this.skipped()),
  );
  protected readonly outcomes = computed(() => {
    const counts = new Map<NonNullable<PeopleImportRow['outcome']>, number>();
    for (const row of this.upload()?.rows ?? []) {
      if (row.outcome) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
    }
    return [...counts];
  });
  protected readonly templateUrl = computed(() =>
    this.api.importTemplateUrl(this.organisationId()),
  );
  protected readonly errorsUrl = computed(() => {
    const upload = this.upload();
    return upload ? this.api.importErrorsUrl(this.organisationId(), upload.id) : '';
  });

  private polling: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.polling));
  }

  protected chooseFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected async check(): Promise<void> {
    const file = this.file();
    if (!file) {
      this.action.clearProblem();
      return;
    }
    const upload = await this.action.run(() =>
      firstValueFrom(this.api.uploadPeople(this.organisationId(), file)),
    );
    if (upload) {
      this.upload.set(upload);
      this.skipped.set(new Set());
      this.filter.set(upload.rows.some((row) => row.status === 'error') ? 'error' : 'all');
      this.shown.set(PAGE);
    }
  }

  protected toggleSkip(line: number, skip: boolean): void {
    const next = new Set(this.skipped());
    if (skip) next.add(line);
    else next.delete(line);
    this.skipped.set(next);
  }

  protected showMore(): void {
    this.shown.set(this.shown() + PAGE);
  }

  protected showFilter(value: string): void {
    this.filter.set(value as PeopleImportRowStatus | 'all');
    this.shown.set(PAGE);
  }

  protected async start(): Promise<void> {
    const upload = this.upload();
    if (!upload) return;
    const started = await this.action.run(() =>
      firstValueFrom(
        this.api.startPeopleImport(this.organisationId(), upload.id, {
          mode: this.mode(),
          skipLines: [...this.skipped()],
        }),
      ),
    );
    if (started) {
      this.upload.set(started);
      this.follow(() => this.upload()?.status !== 'running');
    }
  }

  protected async send(): Promise<void> {
    const upload = this.upload();
    if (!upload) return;
    const toSend = upload.invitationsToSend;
    const sending = await this.action.run(() =>
      firstValueFrom(this.api.sendImportInvitations(this.organisationId(), upload.id)),
    );
    this.confirmingSend.set(false);
    if (sending) {
      this.upload.set(sending);
      this.follow(() => {
        const done = this.upload()?.invitationsToSend === 0;
        if (done) this.sentCount.set(toSend);
        return done;
      });
    }
  }

  protected again(): void {
    clearTimeout(this.polling);
    this.upload.set(null);
    this.file.set(null);
    this.sentCount.set(null);
  }

  /**
   * Asks for the import's progress each second until `finished` says so, then for the whole
   * import once: its lines with what became of each.
   */
  private follow(finished: () => boolean): void {
    clearTimeout(this.polling);
    this.polling = setTimeout(async () => {
      const upload = this.upload();
      if (!upload) return;
      try {
        const progress = await firstValueFrom(
          this.api.peopleImportProgress(this.organisationId(), upload.id),
        );
        this.upload.set({ ...upload, ...progress });
        if (finished()) {
          this.upload.set(
            await firstValueFrom(this.api.peopleImport(this.organisationId(), upload.id)),
          );
          return;
        }
      } catch {
        // A missed answer only delays the next look.
      }
      this.follow(finished);
    }, POLL_MS);
  }
}
