import { AccessError } from '@planledger/domain';
import { MIN_PASSWORD_LENGTH, PasswordHasher } from './password-hasher';

describe('PasswordHasher (real scrypt)', () => {
  const hasher = new PasswordHasher();

  it('stores scheme, parameters, salt and hash, and verifies the password it was made from', async () => {
    const stored = await hasher.hash('质量强区建设实施方案2026');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    await expect(hasher.verify('质量强区建设实施方案2026', stored)).resolves.toBe(true);
    await expect(hasher.verify('质量强区建设实施方案2027', stored)).resolves.toBe(false);
  });

  it('salts every hash: the same password hashes differently', async () => {
    const [a, b] = await Promise.all([hasher.hash('correct horse battery'), hasher.hash('correct horse battery')]);
    expect(a).not.toBe(b);
  });

  it('verifies with the parameters stored in the hash, so a cost change keeps older hashes valid', async () => {
    const older = await new PasswordHasher({ cost: 2 ** 14, blockSize: 8, parallelization: 1 }).hash('correct horse battery');
    expect(older.startsWith('scrypt$16384$8$1$')).toBe(true);
    await expect(hasher.verify('correct horse battery', older)).resolves.toBe(true);
  });

  it.each([
    ['not a hash', 'correct horse battery'],
    ['another scheme', 'bcrypt$2b$10$abcdefghijklmnopqrstuv'],
    ['a cost that is not a power of two', 'scrypt$30000$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['a cost too high to compute', `scrypt$${2 ** 24}$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g`],
    ['a truncated hash', 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0$aGFz'],
  ])('matches nothing against %s', async (_, stored) => {
    await expect(hasher.verify('correct horse battery', stored)).resolves.toBe(false);
  });

  it(`refuses passwords shorter than ${MIN_PASSWORD_LENGTH} characters, counting Chinese characters as one each`, async () => {
    const refusal = await hasher.hash('short-pass1').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AccessError);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'password' } });
    await expect(hasher.hash('质量强区建设实施方案')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(hasher.hash('质量强区建设实施方案印发稿')).resolves.toMatch(/^scrypt\$/);
    await expect(hasher.hash(' '.repeat(20))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
