import { describe } from '@jest/globals';
import { duplicateIndexCases } from '../cases/duplicateIndex.js';
import { runRuleCases } from '../helpers/ruleCases.js';

describe('duplicateIndex', () => runRuleCases(duplicateIndexCases));
