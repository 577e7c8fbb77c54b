import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from './index';
import {
  profileControllerChangePassword,
  profileControllerExport,
} from './lib/generated/fn/identity';
import { learningControllerLesson } from './lib/generated/fn/learning';
import { searchControllerFind } from './lib/generated/fn/search';
import { requestTo } from './testing';

describe(ApiClient.name, () => {
  let sut: ApiClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    sut = TestBed.inject(ApiClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('fills in the path of an operation, each part encoded', () => {
    void firstValueFrom(
      sut.invoke(learningControllerLesson, { moduleSlug: 'samen leren', lessonSlug: 'a/b' }),
    );

    const request = backend.expectOne('/api/learning/modules/samen%20leren/lessons/a%2Fb');
    expect(request.request.method).toBe('GET');
    request.flush({});
  });

  it('leaves out query parameters that are not given', () => {
    void firstValueFrom(sut.invoke(searchControllerFind, { q: 'netwerk', kind: undefined }));

    backend.expectOne('/api/search?q=netwerk').flush({ results: [] });
  });

  it("hands over the API's error body as an object, also for a call that answers nothing", async () => {
    const change = firstValueFrom(
      sut.invoke(profileControllerChangePassword, {
        body: { currentPassword: 'oud-wachtwoord-123', newPassword: 'nieuw-wachtwoord-456' },
      }),
    );
    const body = { code: 'forbidden', message: 'Dit wachtwoord klopt niet.', correlationId: 'r1' };
    backend.expectOne('/api/me/password').flush(body, { status: 403, statusText: 'Forbidden' });

    const error: unknown = await change.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect(error instanceof HttpErrorResponse && error.error).toEqual(body);
  });

  it('asks for a file the API sends without a declared media type as a Blob', async () => {
    const download = firstValueFrom(sut.invoke(profileControllerExport));
    const request = backend.expectOne('/api/me/export');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['{}'], { type: 'application/json' }));

    expect(await download).toBeInstanceOf(Blob);
  });
});

describe(requestTo.name, () => {
  it('matches a request whatever the order of its query parameters', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    void firstValueFrom(
      TestBed.inject(ApiClient).invoke(searchControllerFind, { q: 'x', kind: 'card' }),
    );
    const backend = TestBed.inject(HttpTestingController);

    backend.expectOne(requestTo('/api/search?q=x&kind=card')).flush({ results: [] });
    backend.verify();
  });
});
