/** One measured figure in `npm run bench`'s report. */
export interface Figure {
  /** What was measured, e.g. "content script (site) gzip". */
  name: string;
  value: number;
  unit: string;
  /** The budget the value must stay within, if any. */
  budget?: number;
  /** Whether smaller values are better (sizes, times) or larger (throughput). */
  better: 'lower' | 'higher';
  /** How it was measured, one line. */
  note?: string;
}

export function passes(figure: Figure): boolean | undefined {
  if (figure.budget === undefined) return undefined;
  return figure.better === 'lower' ? figure.value <= figure.budget : figure.value >= figure.budget;
}
