import { describe } from '@jest/globals';
import { duplicatesConstraintCases } from '../cases/duplicatesConstraint.js';
import { runRuleCases } from '../helpers/ruleCases.js';

describe('duplicatesConstraint', () => runRuleCases(duplicatesConstraintCases));
