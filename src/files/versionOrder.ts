/**
 * The order migration tools apply files in: names compared with numbers as
 * numbers (`2_x` before `10_x`), the one order of the CLI and the Action.
 */
export const versionOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' }).compare;
