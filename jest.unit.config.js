// `npm run test:unit`: the tests that need no database and start no process
// of their own, in seconds. `npm test` runs these and everything else.
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  maxWorkers: '50%',
  testMatch: ['discover', 'docs-links', 'engine', 'example-helpdesk', 'example-project', 'fuzz-regressions', 'parseFile', 'release', 'report-job-summary', 'report-sarif', 'report-schema'].map(
    (name) => `<rootDir>/__tests__/${name}.test.ts`,
  ),
};
