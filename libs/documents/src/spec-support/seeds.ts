/** The two seed documents (seeds/README.md), read byte for byte for the specs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_FILES = {
  issued: join(__dirname, '../../../../seeds/000_742c0bb3951157b4.txt'),
  draft: join(__dirname, '../../../../seeds/001_7914db94b213197e.txt'),
} as const;

export const ISSUED_SEED = readFileSync(SEED_FILES.issued, 'utf8');
export const DRAFT_SEED = readFileSync(SEED_FILES.draft, 'utf8');
