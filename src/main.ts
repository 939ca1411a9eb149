/**
 * The Action's logic, where actions/typescript-action and
 * `npx @github/local-action run . src/main.ts .env` look for it: run().
 */
export { run } from './action/main.js';
