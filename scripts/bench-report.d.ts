export interface BenchFigure {
  figure: string;
  value: string;
  budget: string;
  pass: boolean;
  enforced?: boolean;
}
export interface BenchResults {
  date: string;
  seconds: number;
  machine: Record<string, unknown>;
  figures: BenchFigure[];
}
export function resultsMarkdown(results: BenchResults): string;
export function withResults(readme: string, markdown: string): string;
export function updateBenchReadme(root?: string): void;
