// Unit specs (pure libs) and database specs (PGlite always, PostgreSQL when DATABASE_URL is set)
// run as two projects so `--selectProjects` can pick either.
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const shared = {
  rootDir: __dirname,
  // NestJS 12 ships ES modules only; Jest on Node 20 cannot require them, so they are compiled to
  // CommonJS like our own sources.
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', swc] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo/server|@as-integrations)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@planledger/testing$': '<rootDir>/test/support',
    '^@planledger/([^/]+)$': '<rootDir>/libs/$1/src',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  // Per-project testTimeout is not honoured for hooks; database suites open PGlite (a few seconds).
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'db',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.{int-spec,e2e-spec}.ts'],
    },
  ],
};
