import '../wasmTier.js';
import { runAction } from './main.js';

await runAction();
