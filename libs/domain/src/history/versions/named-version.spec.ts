import type { PlanEvent } from '../../events';
import { given, stateAfter } from '../../testing/given-when-then';
import {
  amendmentStarted,
  consultationStarted,
  HISTORIES,
  meta,
  planIssued,
  REVIEWER,
  reviewStarted,
  revisionStarted,
  textEdited,
  write,
} from '../../testing/plan-fixtures';
import { namedVersionFor, versionsOf } from './named-version';

const duringAmendment = (event: PlanEvent, amendment: number): PlanEvent =>
  ({ ...event, data: { ...event.data, amendment } }) as PlanEvent;

/** Two rounds, review sent back once, issued; then an amendment taken to its issue. */
const LIFE: PlanEvent[] = [
  ...HISTORIES.drafting(), //                                  1–2
  consultationStarted(1), //                                   3
  revisionStarted(), //                                        4
  textEdited('item-1', 0, '', '着力'), //                       5
  consultationStarted(2), //                                   6
  revisionStarted(), //                                        7
  reviewStarted(), //                                          8
  revisionStarted('review'), //                                9
  { type: 'VersionTagged', data: { ...meta(40), name: '专家论证稿', note: '论证会', revision: 5 } }, // 10
  reviewStarted(), //                                          11
  planIssued(), //                                             12
  amendmentStarted(1), //                                      13
  duringAmendment(consultationStarted(3), 1), //               14
  revisionStarted(), //                                        15
  duringAmendment(reviewStarted(), 1), //                      16
  duringAmendment(planIssued('沙府发〔2024〕7号'), 1), //        17
];

describe('named versions', () => {
  it('names the consultation drafts, review drafts, issued texts and tags of a whole life', () => {
    expect(versionsOf(LIFE).map(({ name, kind, revision }) => [name, kind, revision])).toEqual([
      ['征求意见稿（第1轮）', 'consultation', 3],
      ['征求意见稿（第2轮）', 'consultation', 6],
      ['送审稿', 'review', 8],
      ['专家论证稿', 'tag', 5],
      ['送审稿', 'review', 11],
      ['印发稿', 'issued', 12],
      ['第1次修订 征求意见稿（第3轮）', 'consultation', 14],
      ['第1次修订 送审稿', 'review', 16],
      ['第1次修订 印发稿', 'issued', 17],
    ]);
  });

  it('carries the time, the actor and a tag note', () => {
    expect(namedVersionFor(LIFE[11], 12)).toEqual({
      name: '印发稿',
      kind: 'issued',
      revision: 12,
      at: meta(5).at,
      actor: REVIEWER,
    });
    expect(namedVersionFor(LIFE[9], 10)).toMatchObject({ revision: 5, note: '论证会' });
  });

  it('gives no name to events that are not versions', () => {
    const unnamed = [0, 1, 3, 4, 8, 12].map((index) => namedVersionFor(LIFE[index], index + 1));
    expect(unnamed).toEqual([null, null, null, null, null, null]);
  });

  it('keeps every name in the state, a repeated one naming its latest revision', () => {
    expect(stateAfter(LIFE).versions).toEqual({
      '征求意见稿（第1轮）': 3,
      '征求意见稿（第2轮）': 6,
      送审稿: 11,
      专家论证稿: 5,
      印发稿: 12,
      '第1次修订 征求意见稿（第3轮）': 14,
      '第1次修订 送审稿': 16,
      '第1次修订 印发稿': 17,
    });
  });

  it('prefixes the versions decided during an amendment', () => {
    const amending = [...HISTORIES.amending(), consultationStarted(2)];
    const revising = [...amending, revisionStarted()];
    const [review] = given(revising)
      .when({ type: 'StartReview', data: write(revising.length) })
      .thenProduces('ReviewStarted');
    const inReview = [...revising, review];
    const [issue] = given(inReview)
      .when({
        type: 'IssuePlan',
        data: { ...write(inReview.length), documentNumber: '沙府发〔2024〕7号', issuedOn: '2024-06-01' },
      })
      .thenProduces('PlanIssued');
    expect(namedVersionFor(review, inReview.length)?.name).toBe('第1次修订 送审稿');
    expect(namedVersionFor(issue, inReview.length + 1)?.name).toBe('第1次修订 印发稿');
  });
});
