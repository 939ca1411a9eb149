import { describe } from '@jest/globals';
import { unindexedForeignKeyCases } from '../cases/unindexedForeignKey.js';
import { runRuleCases } from '../helpers/ruleCases.js';

describe('unindexedForeignKey', () => runRuleCases(unindexedForeignKeyCases));
