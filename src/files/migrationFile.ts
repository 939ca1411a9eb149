/**
 * What a path among the migrations may be: a regular file of text. Anything
 * else (a FIFO, a device, a symbolic link loop, a binary file) stops the run
 * with one line naming the file, because the schema the migrations build can
 * no longer be known, and a partial replay would pass silently.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { UsageError } from '../findings.js';

/** A failed file system call, in words. */
export function fileErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ?? String(e);
  }
}

/** What a path that is not a regular file is, for messages. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

export function notRegularFile(shown: string, stat: Stats): UsageError {
  return new UsageError(`${shown}: is not a regular file (${kindOf(stat)})`);
}

/**
 * The stat of a directory entry that names a migration, following links; a
 * link that leads nowhere (dangling, or a loop) is an error, not a skip.
 */
export function migrationEntryStat(full: string, shown: string): Stats {
  try {
    return statSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const dangling = code === 'ENOENT' && isSymbolicLink(full);
    throw new UsageError(`${shown}: cannot be read (${dangling ? 'a symbolic link to a missing file' : fileErrorReason(e)})`);
  }
}

/** The stat of a path, following links; null when there is nothing to follow. */
export function statOrNull(p: string): Stats | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function isSymbolicLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A migration's bytes as text: UTF-8, never UTF-16 or binary (a file, or standard input). */
export function decodeMigrationText(bytes: Buffer, shown: string): string {
  // SQL text never holds a NUL byte; UTF-16 text (a Windows editor's "Unicode") holds many.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UsageError(`${shown}: is UTF-16 text; save it as UTF-8`);
  }
  if (bytes.includes(0)) throw new UsageError(`${shown}: is not a text file (binary content)`);
  return bytes.toString('utf8');
}

/**
 * Reads a migration file as UTF-8 text. The file is opened without blocking
 * and checked on the open descriptor, so a FIFO cannot hang the read and a
 * file swapped after it was listed is still checked.
 */
export function readMigrationFile(file: string, shown: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const vanished = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(`${shown}: cannot be read (${vanished ? 'no such file: it was removed after the files were listed' : fileErrorReason(e)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegularFile(shown, stat);
    return decodeMigrationText(readFileSync(fd), shown);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${shown}: cannot be read (${fileErrorReason(e)})`);
  } finally {
    closeSync(fd);
  }
}
