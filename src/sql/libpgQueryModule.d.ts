/**
 * The Emscripten module inside libpg-query, which its index.js wraps: the
 * parser thread (parserWorker.ts) calls it directly. Only what it uses.
 */
declare module 'libpg-query/wasm/libpg-query.js' {
  export interface ParserModule {
    _malloc(size: number): number;
    _free(pointer: number): void;
    _wasm_parse_query_raw(input: number): number;
    _wasm_free_parse_result(result: number): void;
    lengthBytesUTF8(text: string): number;
    stringToUTF8(text: string, pointer: number, size: number): void;
    UTF8ToString(pointer: number): string;
    getValue(pointer: number, type: 'i32'): number;
    /** The parser's memory; a new view after the memory grows. */
    HEAPU8: Uint8Array;
  }
  export default function createParserModule(): Promise<ParserModule>;
}
