import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { numberNodes, parseDocument, type PlanDocument } from '@planledger/documents';
import type { ImportPlanText } from './plan-commands';
import { toDocument } from './document-tree';
import { given, stateAfter } from '../testing/given-when-then';
import { planCreated, textImported, write } from '../testing/plan-fixtures';
import { docNode, planDocument } from '../testing/seed-like-document';

const SEEDS = join(__dirname, '../../../../seeds');
const SEED_FILES = ['000_742c0bb3951157b4.txt', '001_7914db94b213197e.txt'];

const importing = (document: PlanDocument): ImportPlanText => ({
  type: 'ImportPlanText',
  data: { ...write(1), document, normalizations: [], sourceLabel: 'seed.txt' },
});

/** The plan after importing `document` through the decider, as the app does. */
function imported(document: PlanDocument): PlanDocument {
  const events = given([planCreated()]).when(importing(document)).thenProduces('PlanTextImported');
  return toDocument(stateAfter([planCreated(), ...events]));
}

describe('numbering survives the plan stream', () => {
  it.each(SEED_FILES)('renders the numbers the parser read in seed %s', (file) => {
    const { document } = parseDocument(readFileSync(join(SEEDS, file), 'utf8'));
    expect(document.numbering).toEqual({ item: 'topLevel' });
    const folded = imported(document);
    expect(folded.numbering).toEqual({ item: 'topLevel' });
    expect(numberNodes(folded)).toEqual(numberNodes(document));
    expect(folded).toEqual(document);
  });

  it('numbers items on through a part, not from 1 in every section', () => {
    const item = (id: string) => docNode(id, 'item', `${id}。`);
    const part = docNode('p', 'part', '重点任务', [
      docNode('s1', 'section', '甲', [item('a'), item('b')]),
      docNode('s2', 'section', '乙', [item('c')]),
    ]);
    const document = { ...planDocument([part]), numbering: { item: 'topLevel' as const } };
    expect(numberNodes(imported(document)).get('c')).toBe('3.');
  });

  it('keeps the default scopes when the document sets none', () => {
    const document = planDocument([docNode('p', 'paragraph', '正文。')]);
    const [event] = given([planCreated()]).when(importing(document)).thenProduces('PlanTextImported');
    expect(event.type === 'PlanTextImported' && 'numbering' in event.data).toBe(false);
    expect(imported(document).numbering).toBeUndefined();
  });

  it('takes the numbering of the latest import', () => {
    const numbered = { ...planDocument([docNode('p', 'paragraph', '正文。')]), numbering: { item: 'topLevel' as const } };
    const plain = planDocument([docNode('q', 'paragraph', '新的正文。')]);
    expect(toDocument(stateAfter([planCreated(), textImported(numbered)])).numbering).toEqual({ item: 'topLevel' });
    expect(toDocument(stateAfter([planCreated(), textImported(numbered), textImported(plain)])).numbering).toBeUndefined();
  });

  it.each([
    ['an unknown scope', { item: 'chapter' }],
    ['an unknown kind', { clause: 'parent' }],
    ['a list', ['topLevel']],
  ])('refuses numbering with %s', (_, numbering) => {
    const document = { ...planDocument([docNode('p', 'paragraph', '正文。')]), numbering } as unknown as PlanDocument;
    given([planCreated()]).when(importing(document)).then('BAD_USER_INPUT');
  });
});
