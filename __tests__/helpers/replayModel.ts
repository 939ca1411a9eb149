/** Builds the schema model of some SQL texts, as the engine does, for tests that inspect the model itself. */
import { SchemaModel } from '../../src/model/schema.js';
import { Replayer } from '../../src/model/replay/index.js';
import { loadParser, parseMigrationSql } from '../../src/sql/parseFile.js';

export async function replayModel(texts: string[], searchPath: string[] = ['public']): Promise<SchemaModel> {
  await loadParser();
  const model = new SchemaModel();
  model.searchPath = searchPath;
  for (const s of searchPath) model.schemas.add(s);
  const replayer = new Replayer(model);
  let sequence = 0;
  texts.forEach((text, fileIndex) => {
    for (const statement of parseMigrationSql(text).statements) {
      const origin = {
        file: `${fileIndex}.sql`,
        line: statement.start.line,
        column: statement.start.column,
        endLine: statement.end.line,
        endColumn: statement.end.column,
        sequence: sequence++,
        changed: true,
      };
      replayer.apply(statement, origin, () => undefined);
    }
  });
  return model;
}
