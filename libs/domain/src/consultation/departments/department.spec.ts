import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocNode, parseDocument, type PlanDocument } from '@planledger/documents';
import { deciderSpec } from '../testing/decider-spec';
import { coordinator, drafter, educationClerk, OPENED_AT } from '../testing/fixtures';
import { departmentIdFromName, departmentsFromDocuments } from './department';
import { decideDepartmentRegistry, evolveDepartmentRegistry, initialDepartmentRegistryState } from './department-registry';

const node = (id: string, responsibleUnits: string[], children: DocNode[] = []): DocNode => ({
  id,
  kind: 'item',
  text: id,
  responsibleUnits,
  children,
});

const documentWith = (...nodes: DocNode[]): PlanDocument => ({
  metadata: {
    title: '质量强区建设实施方案',
    issuingBody: null,
    documentNumber: null,
    addressees: [],
    date: null,
    publicationNote: null,
    isConsultationDraft: true,
  },
  nodes,
});

describe('departmentsFromDocuments', () => {
  it('lists every responsible unit once, in order of first appearance, nested nodes included', () => {
    const consultation = documentWith(
      node('1', ['区经济信息委', '区科技局']),
      node('2', [], [node('2.1', ['区科技局', '区市场监管局'])]),
    );
    const issued = documentWith(node('1', ['区 市场监管局', '国际物流枢纽公司']));
    expect(departmentsFromDocuments([consultation, issued])).toEqual([
      { id: '区经济信息委', name: '区经济信息委' },
      { id: '区科技局', name: '区科技局' },
      { id: '区市场监管局', name: '区市场监管局' },
      { id: '国际物流枢纽公司', name: '国际物流枢纽公司' },
    ]);
  });

  it('gathers the departments of the issued 沙坪坝 plan (seeds/000_…)', () => {
    const seed = readFileSync(join(__dirname, '../../../../../seeds/000_742c0bb3951157b4.txt'), 'utf8');
    const departments = departmentsFromDocuments([parseDocument(seed).document]);
    expect(departments.slice(0, 4).map((d) => d.id)).toEqual(['区经济信息委', '区科技局', '区市场监管局', '区发展改革委']);
    expect(departments.map((d) => d.name)).toEqual(expect.arrayContaining(['国际物流枢纽公司', '区法院', '团区委']));
    expect(new Set(departments.map((d) => d.id)).size).toBe(departments.length);
  });

  it('finds none in a document without responsible units', () => {
    expect(departmentsFromDocuments([documentWith(node('1', []))])).toEqual([]);
  });

  it('uses the name without whitespace as the id', () => {
    expect(departmentIdFromName(' 区住房城乡建委\u3000')).toBe('区住房城乡建委');
  });
});

describe('RegisterDepartment', () => {
  const spec = deciderSpec({
    decide: decideDepartmentRegistry,
    evolve: evolveDepartmentRegistry,
    initialState: initialDepartmentRegistryState,
  });
  const register = (name: string, actor = coordinator) => ({
    type: 'RegisterDepartment' as const,
    data: { name, actor, now: OPENED_AT },
  });
  const registered = {
    type: 'DepartmentRegistered' as const,
    data: { departmentId: '区司法局', name: '区司法局', actor: 'u-coordinator', at: OPENED_AT },
  };

  it('given an empty registry, when a coordinator registers a department, then it is registered under its name', () => {
    spec.given([]).when(register('区司法局')).then([registered]);
  });

  it('given the department exists, when it is registered again, then ALREADY_EXISTS', () => {
    spec.given([registered]).when(register('区司法局', drafter)).thenRefuses('ALREADY_EXISTS');
  });

  it('given an empty registry, when a department user registers one, then FORBIDDEN', () => {
    spec.given([]).when(register('区司法局', educationClerk)).thenRefuses('FORBIDDEN');
  });

  it('given an empty registry, when the name is blank, then BAD_USER_INPUT', () => {
    spec.given([]).when(register(' ')).thenRefuses('BAD_USER_INPUT');
  });
});
