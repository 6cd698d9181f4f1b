import type { DocNode } from '@planledger/documents';
import type { CreatePlan, ImportPlanText, SetMetadata } from './plan-commands';
import { flattenDocument, toDocument } from './document-tree';
import { planStreamId } from './stream-id';
import { given, stateAfter } from '../testing/given-when-then';
import {
  at,
  DRAFTER,
  HISTORIES,
  meta,
  metadataSet,
  PLAN_ID,
  planCreated,
  textImported,
  write,
} from '../testing/plan-fixtures';
import { docNode, planDocument, seedLikeDocument } from '../testing/seed-like-document';

const created = [planCreated()];
const paragraph = (id: string) => docNode(id, 'paragraph', '正文。');
const section = (children: DocNode[]) => docNode('s', 'section', '指导思想', children);

describe('CreatePlan', () => {
  const create = (data: Partial<CreatePlan['data']> = {}): CreatePlan => ({
    type: 'CreatePlan',
    data: { planId: PLAN_ID, title: '沙坪坝区质量强区建设实施方案', actor: DRAFTER, at: at(0), ...data },
  });

  it('starts a plan in drafting, with actor, time and reason from the command', () => {
    given([])
      .when(create({ reason: '区政府年度工作安排' }))
      .then([
        {
          type: 'PlanCreated',
          data: { ...meta(0), reason: '区政府年度工作安排', planId: PLAN_ID, title: '沙坪坝区质量强区建设实施方案' },
        },
      ]);
    expect(stateAfter(created)).toMatchObject({ planId: PLAN_ID, stage: 'drafting', revision: 1 });
  });

  it.each([
    ['a blank title', { title: '  ' }],
    ['a blank plan id', { planId: '' }],
    ['no actor', { actor: '' }],
    ['a time without offset', { at: '2024-03-20 09:00' }],
    ['an impossible day', { at: '2024-02-30T09:00:00+08:00' }],
    ['a blank reason', { reason: ' ' }],
  ])('refuses %s', (_, data) => {
    given([]).when(create(data)).then('BAD_USER_INPUT');
  });

  it('refuses to create a plan twice', () => {
    given(created).when(create()).then('ALREADY_EXISTS');
  });

  it('names its stream after the plan', () => {
    expect(planStreamId(PLAN_ID)).toBe(`plan-${PLAN_ID}`);
  });
});

describe('ImportPlanText', () => {
  const SOURCE = '沙坪坝区质量强区建设实施方案.docx';
  const importing = (
    document = seedLikeDocument(),
    data: Partial<ImportPlanText['data']> = {},
  ): ImportPlanText => ({
    type: 'ImportPlanText',
    data: { ...write(1), document, normalizations: [], sourceLabel: SOURCE, ...data },
  });

  it('records the flattened tree, metadata, normalizations and source', () => {
    const normalizations = [
      { code: 'WORD_ARTIFACT_REMOVED', line: 3, before: '[bookmark: _GoBack]', after: '' },
    ];
    given(created)
      .when(importing(seedLikeDocument(), { normalizations }))
      .then([
        {
          type: 'PlanTextImported',
          data: {
            ...meta(30),
            nodes: flattenDocument(seedLikeDocument()),
            metadata: seedLikeDocument().metadata,
            normalizations,
            sourceLabel: SOURCE,
          },
        },
      ]);
  });

  it('folds back into the same document tree', () => {
    expect(toDocument(stateAfter(HISTORIES.drafting()))).toEqual(seedLikeDocument());
  });

  it('keeps the created title when the parsed document has none', () => {
    const [event] = given(created)
      .when(importing(planDocument([docNode('p', 'paragraph', '正文。')], { title: null })))
      .thenProduces('PlanTextImported');
    expect(event.type === 'PlanTextImported' && event.data.metadata.title).toBe('沙坪坝区质量强区建设实施方案');
  });

  it('replaces the previous text entirely', () => {
    const replacement = planDocument([docNode('only', 'paragraph', '新的正文。')]);
    const state = stateAfter([...HISTORIES.drafting(), textImported(replacement)]);
    expect(toDocument(state).nodes).toEqual(replacement.nodes);
    expect(Object.keys(state.nodes)).toEqual(['only']);
  });

  it.each([
    ['an empty document', planDocument([])],
    ['a node id used twice', planDocument([paragraph('a'), paragraph('a')])],
    ['a blank node id', planDocument([paragraph('')])],
    ['a sub-item at the top level', planDocument([docNode('s', 'subitem', '甲')])],
    ['a part in a section', planDocument([section([docNode('p', 'part', '乙')])])],
    ['a child under a bullet', planDocument([docNode('b', 'bullet', '甲', [paragraph('p')])])],
    ['a lone surrogate', planDocument([docNode('p', 'paragraph', '\ud842')])],
    ['a blank responsible unit', planDocument([docNode('i', 'item', '甲。', [], ['区科技局', ' '])])],
  ])('refuses %s', (_, document) => {
    given(created).when(importing(document)).then('BAD_USER_INPUT');
  });

  it('refuses a missing source label', () => {
    given(created).when(importing(seedLikeDocument(), { sourceLabel: '' })).then('BAD_USER_INPUT');
  });

  it('refuses a plan that does not exist, or another plan', () => {
    given([]).when(importing(seedLikeDocument(), { expectedRevision: 0 })).then('NOT_FOUND');
    given(created)
      .when(importing(seedLikeDocument(), { planId: 'another-plan' }))
      .then('NOT_FOUND');
  });

  it('refuses a revision the plan has not reached', () => {
    given(created)
      .when(importing(seedLikeDocument(), { expectedRevision: 5 }))
      .then('BAD_USER_INPUT');
  });
});

describe('SetMetadata', () => {
  const drafting = HISTORIES.drafting();
  const setting = (changes: Record<string, unknown>, history = drafting): SetMetadata => ({
    type: 'SetMetadata',
    data: { ...write(history.length), changes },
  });

  it('records only the fields that change, with their previous values', () => {
    const issuingBody = '重庆市沙坪坝区人民政府';
    const addressees = ['各镇人民政府', '各街道办事处'];
    given(drafting)
      .when(setting({ issuingBody, title: '沙坪坝区质量强区建设实施方案', addressees }))
      .then([metadataSet({ issuingBody, addressees }, { issuingBody: null, addressees: [] }, 30)]);
  });

  it('clears a field with null', () => {
    const note = '此件公开发布';
    const noteSet = metadataSet({ publicationNote: note }, { publicationNote: null });
    const history = [...drafting, noteSet];
    given(history)
      .when(setting({ publicationNote: null }, history))
      .then([metadataSet({ publicationNote: null }, { publicationNote: note }, 30)]);
  });

  it.each([
    ['no field', {}],
    ['a value equal to the current one', { title: '沙坪坝区质量强区建设实施方案' }],
    ['the document number, which issuing sets', { documentNumber: '沙府发〔2023〕52号' }],
    ['an unknown field', { author: '张三' }],
    ['a blank title', { title: '' }],
    ['an impossible date', { date: '2023-12-32' }],
    ['a blank addressee', { addressees: ['各镇人民政府', ''] }],
  ])('refuses %s', (_, changes) => {
    given(drafting).when(setting(changes)).then('BAD_USER_INPUT');
  });
});
