import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  badgeState,
  serverMeta,
  settled,
  withAnswer,
  withLocalWrite,
  withOffered,
  withoutConflict,
  withRefusalDismissed,
  withRejection,
  type LocalConflict,
} from '../../src/client/local-store/sync-state';

const REFUSAL = { code: 'invalid', message: 'Enter a summary' };
const CONFLICT: LocalConflict = {
  field: 'summary',
  serverValue: 'Theirs',
  serverSeq: 9,
  mine: 'Mine',
};

describe('badgeState: the one rule for what a record says', () => {
  it('says "sent" when nothing of this device is pending', () => {
    expect(badgeState({})).toBe('sent');
    expect(serverMeta()).toEqual({ state: 'sent' });
  });

  it('says "saved" for a write not yet offered, and "waiting" once a push carried it', () => {
    const saved = withLocalWrite(undefined, 'm1', ['summary']);
    expect(saved).toEqual({ state: 'saved', pendingFields: { summary: 'm1' } });
    const waiting = withOffered(saved);
    expect(waiting.state).toBe('waiting');
    // A new write after the push is not on the wire yet.
    expect(withLocalWrite(waiting, 'm2', ['riskLevel']).state).toBe('saved');
  });

  it('says "needs review" for a conflict, even while other fields wait to be sent', () => {
    const pending = withOffered(withLocalWrite(undefined, 'm1', ['summary', 'riskLevel']));
    const later = withLocalWrite(pending, 'm2', ['location']);
    const answered = withAnswer(later, 'm1', { conflicts: [CONFLICT], refusal: undefined });
    expect(answered.pendingFields).toEqual({ location: 'm2' });
    expect(answered.state).toBe('review');
    expect(badgeState({ pendingFields: { location: 'm2' }, conflicts: [CONFLICT] })).toBe('review');
  });

  it('says "rejected" for a refusal, even while other fields wait to be sent', () => {
    const first = withOffered(withLocalWrite(undefined, 'm1', ['summary']));
    const second = withLocalWrite(first, 'm2', ['riskLevel']);
    const refused = withRejection(second, 'm1', REFUSAL);
    expect(refused).toMatchObject({ state: 'rejected', error: REFUSAL });
    expect(refused.pendingFields).toEqual({ riskLevel: 'm2' });
    // Writing again does not hide the refusal, and neither does the later change being taken.
    expect(withLocalWrite(refused, 'm3', ['summary']).state).toBe('rejected');
    expect(withAnswer(refused, 'm2', { conflicts: [], refusal: REFUSAL }).state).toBe('rejected');
  });

  it('puts a conflict before a refusal: both need the person, the conflict asks a question', () => {
    expect(badgeState({ conflicts: [CONFLICT], error: REFUSAL })).toBe('review');
  });

  it('keeps a field written again after its mutation pending when that mutation is answered', () => {
    const first = withLocalWrite(undefined, 'm1', ['summary', 'riskLevel']);
    const again = withLocalWrite(first, 'm2', ['summary']);
    const answered = withAnswer(withOffered(again), 'm1', { conflicts: [], refusal: undefined });
    expect(answered).toEqual({ state: 'waiting', pendingFields: { summary: 'm2' }, offered: true });
    expect(withAnswer(answered, 'm2', { conflicts: [], refusal: undefined })).toEqual({
      state: 'sent',
    });
  });

  it('writing a conflicted field is "use mine": the conflict goes and the write waits', () => {
    const review = withAnswer(undefined, 'm1', { conflicts: [CONFLICT], refusal: undefined });
    expect(review.state).toBe('review');
    expect(withLocalWrite(review, 'm2', ['summary'])).toEqual({
      state: 'saved',
      pendingFields: { summary: 'm2' },
    });
  });

  it('"keep theirs" and a dismissed refusal leave the record sent', () => {
    const review = withAnswer(undefined, 'm1', { conflicts: [CONFLICT], refusal: undefined });
    expect(withoutConflict(review, 'summary')).toEqual({ state: 'sent' });
    const refused = withRejection(withLocalWrite(undefined, 'm1', ['summary']), 'm1', REFUSAL);
    expect(withRefusalDismissed(refused, undefined)).toEqual({ state: 'sent' });
    const other = { code: 'forbidden', message: 'Only the chair can do that' };
    expect(withRefusalDismissed(refused, other)).toEqual({ state: 'rejected', error: other });
  });

  it('an answer clears an old refusal once no refused change of the record is left', () => {
    const refused = withRejection(withLocalWrite(undefined, 'm1', ['summary']), 'm1', REFUSAL);
    const next = withLocalWrite(refused, 'm2', ['summary']);
    expect(withAnswer(next, 'm2', { conflicts: [], refusal: undefined })).toEqual({
      state: 'sent',
    });
  });

  it('recomputes a stored state that disagrees with its facts', () => {
    expect(settled({ state: 'sent', pendingFields: { summary: 'm1' } }).state).toBe('saved');
    expect(settled({ state: 'waiting', pendingFields: {} })).toEqual({ state: 'sent' });
    expect(settled(undefined)).toEqual({ state: 'sent' });
  });
});
