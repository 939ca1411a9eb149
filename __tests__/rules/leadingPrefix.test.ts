import { describe } from '@jest/globals';
import { leadingPrefixCases } from '../cases/leadingPrefix.js';
import { runRuleCases } from '../helpers/ruleCases.js';

describe('leadingPrefix', () => runRuleCases(leadingPrefixCases));
