/**
 * The names PostgreSQL gives to indexes and constraints that a migration does
 * not name (src/backend/commands/indexcmds.c and catalog/pg_constraint.c):
 * `users_email_key`, `orders_customer_id_fkey`, truncated to 63 bytes.
 */

const MAX_NAME_BYTES = 63;

/** Clips a name to at most `bytes` UTF-8 bytes without splitting a character. */
function clip(name: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of name) {
    const len = Buffer.byteLength(ch);
    if (used + len > bytes) break;
    out += ch;
    used += len;
  }
  return out;
}

/** PostgreSQL's makeObjectName: name1_name2_label, shortening the longer part first. */
export function makeObjectName(name1: string, name2: string | null, label: string | null): string {
  let overhead = 0;
  if (name2) overhead += 1; // the separating underscore
  if (label) overhead += Buffer.byteLength(label) + 1;
  const available = MAX_NAME_BYTES - overhead;
  let name1Bytes = Buffer.byteLength(name1);
  let name2Bytes = name2 ? Buffer.byteLength(name2) : 0;
  while (name1Bytes + name2Bytes > available) {
    if (name1Bytes > name2Bytes) name1Bytes--;
    else name2Bytes--;
  }
  let result = clip(name1, name1Bytes);
  if (name2) result += '_' + clip(name2, name2Bytes);
  if (label) result += '_' + label;
  return result;
}

/** Finds the first free name: label, then label1, label2, ... */
export function chooseName(name1: string, name2: string | null, label: string, isTaken: (name: string) => boolean): string {
  let pass = 0;
  let candidate = makeObjectName(name1, name2, label);
  while (isTaken(candidate)) {
    pass++;
    candidate = makeObjectName(name1, name2, `${label}${pass}`);
  }
  return candidate;
}

/**
 * Column part of a generated name: the names joined with underscores,
 * stopping once the result cannot fit (ChooseIndexNameAddition).
 */
export function nameAddition(columnNames: string[]): string {
  let result = '';
  for (const name of columnNames) {
    if (result) result += '_';
    result += name;
    if (Buffer.byteLength(result) >= MAX_NAME_BYTES) break;
  }
  return clip(result, MAX_NAME_BYTES);
}

/**
 * Index column names as ChooseIndexColumnNames makes them: a function call is
 * named after its function, any other expression `expr`, and a repeated name
 * gets a number.
 */
export function indexColumnNames(keys: Array<{ column?: string; functionName?: string | null }>): string[] {
  const taken = new Set<string>();
  // Names are only ever added, so the search for a base's next free number
  // resumes where it last stopped: linear however many keys repeat a name.
  const nextNumber = new Map<string, number>();
  // Made by map, the list is as long as it needs to be: every index of the model keeps one.
  return keys.map((key) => {
    const base = key.column ?? key.functionName ?? 'expr';
    let name = base;
    if (taken.has(name)) {
      let i = nextNumber.get(base) ?? 1;
      for (name = numbered(base, i); taken.has(name);) name = numbered(base, ++i);
      nextNumber.set(base, i + 1);
    }
    taken.add(name);
    return name;
  });
}

function numbered(base: string, i: number): string {
  return clip(base, MAX_NAME_BYTES - String(i).length) + String(i);
}
