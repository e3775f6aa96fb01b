export const ENGINE_FAILURE: RegExp;
export interface FileResult {
  file: string;
  outcome: 'passed' | 'failed' | 'crashed' | 'pending';
  tests?: string[];
  errors?: string[];
}
export function classify(session: object): FileResult;
export function sessionResultsReporter(path: string): object;
