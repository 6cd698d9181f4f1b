import { operatorPrincipal, type Role } from '@planledger/domain';
import type { UserDirectory } from './user-directory';

/** The department the demo reviewer speaks for, when the seeded plans name it. */
export const DEMO_REVIEWER_DEPARTMENT = '区市场监管局';

interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  does: string;
}

/**
 * One user per role for the embedded demo, each a grant on every plan. The passwords are public
 * (printed at start, in this file): demo data, never for a database holding real plans.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'drafter',
    password: 'demo-drafter-2026',
    displayName: '起草组（演示）',
    role: 'drafter',
    does: 'drafting team: edits plans, runs consultation rounds, disposes comments',
  },
  {
    username: 'reviewer',
    password: 'demo-reviewer-2026',
    displayName: '部门审阅人（演示）',
    role: 'departmentReviewer',
    does: 'department reviewer: comments for its department during open rounds',
  },
  {
    username: 'auditor',
    password: 'demo-auditor-2026',
    displayName: '审计（演示）',
    role: 'auditor',
    does: 'auditor: reads everything, history and verification included; writes nothing',
  },
  {
    username: 'admin',
    password: 'demo-admin-2026',
    displayName: '管理员（演示）',
    role: 'admin',
    does: 'admin: manages users and roles, and everything else',
  },
];

/**
 * Creates the demo users that do not exist yet, with fixed command ids so instances starting at
 * once create each user once. Returns the lines the API prints at start, one per user.
 * Existing users are left as they are (a changed password stays changed).
 */
export async function seedDemoUsers(
  directory: UserDirectory,
  departments: readonly { id: string }[],
): Promise<string[]> {
  const reviewerDepartment =
    departments.find((department) => department.id === DEMO_REVIEWER_DEPARTMENT)?.id ?? departments[0]?.id ?? DEMO_REVIEWER_DEPARTMENT;
  const seeder = operatorPrincipal('seed');
  const lines = ['Demo users (passwords as first seeded) — log in, then send "Authorization: Bearer <token>":'];
  for (const demo of DEMO_USERS) {
    const departmentId = demo.role === 'departmentReviewer' ? reviewerDepartment : null;
    const existing = await directory.find(demo.username);
    const user =
      existing ??
      (await directory.register(
        seeder,
        {
          username: demo.username,
          displayName: demo.displayName,
          departmentId,
          password: demo.password,
          grants: [{ role: demo.role, planId: '*' }],
        },
        `seed:demo-user:${demo.username}`,
      ));
    const forDepartment = user.departmentId ? ` (${user.departmentId})` : '';
    lines.push(`  ${demo.username.padEnd(9)} password ${demo.password.padEnd(19)} ${demo.does}${forDepartment}`);
  }
  return lines;
}
