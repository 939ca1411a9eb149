/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // The embedded server is one backend: test files that use it must not interleave.
  maxWorkers: process.env.DATABASE_URL ? '50%' : 1,
  globalSetup: '<rootDir>/__tests__/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/__tests__/helpers/globalTeardown.ts',
};
