/**
 * Shrinks a failing input to a small reproducer by delta debugging: remove
 * halves, then quarters, … of its lines, then of blocks of bytes, then of
 * single bytes, keeping every removal after which it still fails the same way.
 */

export type StillFails = (bytes: Buffer) => Promise<boolean>;

export interface ShrinkBudget {
  /** Runs of the oracle left. */
  attempts: number;
  /** Date.now() after which no more are started. */
  deadline: number;
}

const spent = (budget: ShrinkBudget) => budget.attempts <= 0 || Date.now() > budget.deadline;

/** Where the units of `bytes` start: its lines (each with its line end), or blocks of `size` bytes. */
function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

function blockStarts(bytes: Buffer, size: number): number[] {
  const starts: number[] = [];
  for (let i = 0; i < bytes.length; i += size) starts.push(i);
  return starts;
}

/** The input without units [from, to) of `starts`. */
function without(bytes: Buffer, starts: number[], from: number, to: number): Buffer {
  const cutStart = starts[from];
  const cutEnd = to < starts.length ? starts[to] : bytes.length;
  return Buffer.concat([bytes.subarray(0, cutStart), bytes.subarray(cutEnd)]);
}

/** ddmin's complement loop over one kind of unit. */
async function removeUnits(bytes: Buffer, unitsOf: (b: Buffer) => number[], stillFails: StillFails, budget: ShrinkBudget): Promise<Buffer> {
  let starts = unitsOf(bytes);
  let parts = 2;
  while (starts.length >= 2 && !spent(budget)) {
    const size = Math.ceil(starts.length / parts);
    let removed = false;
    for (let from = 0; from < starts.length && !spent(budget); from += size) {
      const candidate = without(bytes, starts, from, Math.min(from + size, starts.length));
      budget.attempts--;
      if (await stillFails(candidate)) {
        bytes = candidate;
        starts = unitsOf(bytes);
        parts = Math.max(parts - 1, 2);
        removed = true;
        break;
      }
    }
    if (!removed) {
      if (parts >= starts.length) break;
      parts = Math.min(parts * 2, starts.length);
    }
  }
  return bytes;
}

export async function shrink(input: Buffer, stillFails: StillFails, budget: ShrinkBudget): Promise<Buffer> {
  let bytes = await removeUnits(input, lineStarts, stillFails, budget);
  if (bytes.length > 64 * 1024) bytes = await removeUnits(bytes, (b) => blockStarts(b, 1024), stillFails, budget);
  // ddmin never removes every unit: the empty file is worth one run of its own.
  if (!spent(budget) && bytes.length > 0) {
    budget.attempts--;
    if (await stillFails(Buffer.alloc(0))) return Buffer.alloc(0);
  }
  return removeUnits(bytes, (b) => blockStarts(b, 1), stillFails, budget);
}
