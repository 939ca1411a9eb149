import { existsSync } from 'node:fs';
import path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  // Said last, after the results: when it runs several files, Jest drops the
  // console output of a suite whose tests are all skipped (helpers/shared.ts).
  const shared = path.resolve(process.cwd(), '../shared');
  if (!existsSync(shared)) {
    process.stderr.write(
      `\nSKIPPED: ${shared} is not beside this checkout, so the optional checks of __tests__/shared ` +
        '(real migration histories and an outside example, read from ../shared) were skipped; everything else ran. ' +
        '`npm run test:corpus` runs them where ../shared is.\n',
    );
  }
  await globalThis.__pgilEmbedded?.stop();
}
