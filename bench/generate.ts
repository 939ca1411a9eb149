/**
 * A deterministic, realistic migration history for benchmarks: tables with
 * foreign keys and constraints, indexes of every kind, ALTERs, DROPs,
 * functions and DO blocks, DML and comments. Same seed, same bytes.
 */

/** mulberry32: a small seeded generator, so every run writes the same SQL. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['integer', 'bigint', 'text', 'varchar(120)', 'timestamptz', 'boolean', 'numeric(12,2)', 'jsonb', 'uuid'];

export interface GeneratedHistory {
  /** One migration per element. */
  migrations: string[];
  tables: number;
  indexes: number;
}

/** Migrations of about `targetBytes` in all. */
export function generateHistory(targetBytes: number, seed = 42): GeneratedHistory {
  const random = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const migrations: string[] = [];
  const tables: Array<{ name: string; columns: string[] }> = [];
  let bytes = 0;
  let indexes = 0;
  let n = 0;
  while (bytes < targetBytes) {
    n++;
    const out: string[] = [`-- Migration ${n}: ${pick(['add reporting', 'billing', 'audit trail', 'search', 'tenancy', 'cleanup'])}`];
    const name = `t${n}_${pick(['orders', 'events', 'accounts', 'items', 'logs', 'tags'])}`;
    const columns = ['id', 'created_at', 'updated_at'];
    const defs = ['    id bigserial PRIMARY KEY', '    created_at timestamptz NOT NULL DEFAULT now()', '    updated_at timestamptz'];
    const width = 4 + Math.floor(random() * 8);
    for (let c = 0; c < width; c++) {
      const col = `c${c}_${pick(['code', 'status', 'amount', 'email', 'ref', 'kind'])}`;
      if (columns.includes(col)) continue;
      columns.push(col);
      defs.push(`    ${col} ${pick(TYPES)}${random() < 0.2 ? ' NOT NULL' : ''}`);
    }
    const parent = tables.length && random() < 0.7 ? pick(tables) : null;
    if (parent) {
      columns.push('parent_id');
      defs.push(`    parent_id bigint REFERENCES ${parent.name} (id) ON DELETE CASCADE`);
    }
    if (random() < 0.3) defs.push(`    CONSTRAINT ${name}_uq UNIQUE (${columns[3]}, ${columns[1]})`);
    out.push(`CREATE TABLE ${name} (\n${defs.join(',\n')}\n);`);
    indexes += 1 + (defs.some((d) => d.includes('UNIQUE')) ? 1 : 0);
    const extra = 2 + Math.floor(random() * 6);
    for (let i = 0; i < extra; i++) {
      const a = pick(columns.slice(1));
      const b = pick(columns.slice(1));
      const kind = random();
      const idx = `${name}_i${i}`;
      if (kind < 0.4) out.push(`CREATE INDEX ${idx} ON ${name} (${a}${b !== a ? `, ${b}` : ''});`);
      else if (kind < 0.55) out.push(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${idx} ON ${name} (${a} DESC NULLS LAST) WHERE ${b} IS NOT NULL;`);
      else if (kind < 0.65) out.push(`CREATE INDEX ${idx} ON ${name} (md5(id::text));`);
      else if (kind < 0.75) out.push(`CREATE UNIQUE INDEX ${idx} ON ${name} (${a}) INCLUDE (${b !== a ? b : 'id'});`);
      else if (kind < 0.85) out.push(`CREATE INDEX ${idx} ON ${name} USING brin (created_at);`);
      else out.push(`CREATE INDEX ${idx} ON ${name} USING hash (${a});`);
      indexes++;
    }
    if (parent && random() < 0.5) {
      out.push(`CREATE INDEX ${name}_parent ON ${name} (parent_id);`);
      indexes++;
    }
    if (random() < 0.3) out.push(`ALTER TABLE ${name} ADD COLUMN note_${n} text, ALTER COLUMN updated_at SET DEFAULT now();`);
    if (random() < 0.15) {
      out.push(`DROP INDEX IF EXISTS ${name}_i0;`);
      indexes--;
    }
    if (random() < 0.2) {
      out.push(`CREATE OR REPLACE FUNCTION ${name}_touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND\n$$;`);
      out.push(`CREATE TRIGGER ${name}_touch BEFORE UPDATE ON ${name} FOR EACH ROW EXECUTE FUNCTION ${name}_touch();`);
    }
    if (random() < 0.1) out.push(`DO $$\nBEGIN\n  UPDATE ${name} SET updated_at = created_at WHERE updated_at IS NULL;\nEND\n$$;`);
    const rows = Math.floor(random() * 6);
    for (let r = 0; r < rows; r++) out.push(`INSERT INTO ${name} (created_at) VALUES (now() - interval '${r} days');`);
    if (random() < 0.2) out.push(`COMMENT ON TABLE ${name} IS 'Table ${n}: ${'generated for the benchmark; '.repeat(3)}';`);
    tables.push({ name, columns });
    const text = out.join('\n\n') + '\n';
    bytes += Buffer.byteLength(text);
    migrations.push(text);
  }
  return { migrations, tables: tables.length, indexes };
}
