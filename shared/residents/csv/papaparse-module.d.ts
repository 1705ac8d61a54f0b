/**
 * The part of papaparse the import uses, declared here so that the core does not pull in
 * @types/papaparse (which references Node's types and would let Node APIs typecheck in shared/).
 */
declare module "papaparse/papaparse.min.js" {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseResult {
    data: string[][];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }
  export interface ParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean;
    fastMode?: boolean;
  }
  const Papa: { parse(input: string, config?: ParseConfig): ParseResult };
  export default Papa;
}
