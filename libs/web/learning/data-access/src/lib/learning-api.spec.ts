import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { LearningApi } from './learning-api';
import { LessonPrefetch } from './lesson-prefetch';

const lessonUrl = '/api/learning/modules/bewust-leren/lessons/de-leercirkel';

describe(LearningApi.name, () => {
  let sut: LearningApi;
  let prefetch: LessonPrefetch;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    sut = TestBed.inject(LearningApi);
    prefetch = TestBed.inject(LessonPrefetch);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('hands a prefetched lesson to the page that asks next, with one request', async () => {
    prefetch.start('bewust-leren', 'de-leercirkel');
    http.expectOne(lessonUrl).flush({ title: 'De leercirkel' });

    await expect(firstValueFrom(sut.lesson('bewust-leren', 'de-leercirkel'))).resolves.toEqual({
      title: 'De leercirkel',
    });
  });

  it('asks again after the prefetched answer was taken, and for another lesson', async () => {
    prefetch.start('bewust-leren', 'de-leercirkel');
    http.expectOne(lessonUrl).flush({ title: 'De leercirkel' });
    await firstValueFrom(sut.lesson('bewust-leren', 'de-leercirkel'));

    const again = firstValueFrom(sut.lesson('bewust-leren', 'de-leercirkel'));
    http.expectOne(lessonUrl).flush({ title: 'De leercirkel, bijgewerkt' });
    await expect(again).resolves.toEqual({ title: 'De leercirkel, bijgewerkt' });

    prefetch.start('bewust-leren', 'de-leercirkel');
    http.expectOne(lessonUrl).flush({ title: 'De leercirkel' });
    const other = firstValueFrom(sut.lesson('bewust-leren', 'een-gewoonte-maken'));
    http
      .expectOne('/api/learning/modules/bewust-leren/lessons/een-gewoonte-maken')
      .flush({ title: 'Gewoonte' });
    await expect(other).resolves.toEqual({ title: 'Gewoonte' });
  });

  it("passes a prefetched lesson's error to the page, which shows it", async () => {
    prefetch.start('bewust-leren', 'bestaat-niet');
    http
      .expectOne('/api/learning/modules/bewust-leren/lessons/bestaat-niet')
      .flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' });

    await expect(firstValueFrom(sut.lesson('bewust-leren', 'bestaat-niet'))).rejects.toMatchObject({
      status: 404,
    });
  });
});
