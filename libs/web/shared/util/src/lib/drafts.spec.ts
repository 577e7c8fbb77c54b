import { forgetAllDrafts, forgetDraft, readDraft, writeDraft } from './drafts';

describe('drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps a draft per key in this tab until it is forgotten', () => {
    writeDraft('prompt:1', { answer: 'Eerst vragen', shared: false });
    writeDraft('prompt:2', { answer: 'Anders' });

    expect(readDraft('prompt:1')).toEqual({ answer: 'Eerst vragen', shared: false });
    expect(localStorage.length).toBe(0);
    forgetDraft('prompt:1');
    expect(readDraft('prompt:1')).toBeUndefined();
    expect(readDraft('prompt:2')).toEqual({ answer: 'Anders' });
  });

  it('forgets every draft at once (at logout), and nothing else', () => {
    sessionStorage.setItem('other', 'blijft');
    writeDraft('a', 1);
    writeDraft('b', 2);

    forgetAllDrafts();

    expect(readDraft('a')).toBeUndefined();
    expect(readDraft('b')).toBeUndefined();
    expect(sessionStorage.getItem('other')).toBe('blijft');
  });

  it('treats a damaged draft as none', () => {
    sessionStorage.setItem('leerruimte.draft:x', '{niet-json');
    expect(readDraft('x')).toBeUndefined();
  });
});
