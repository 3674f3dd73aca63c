/**
 * A table as plain strings: the Word builder and the print preview draw the same rows,
 * so what is printed from the preview is what the .docx says.
 */
export type Align = 'left' | 'right' | 'center';

export interface TableColumn {
  label: string;
  widthMm: number;
  align: Align;
}

export interface TableModel {
  columns: TableColumn[];
  rows: string[][];
  /** bold rows after the body (totals) */
  totals: string[][];
}

/** Label / amount pairs under a table ("Total réclamé 1 234,56 €"); the last one is bold. */
export interface SummaryModel {
  lines: { label: string; amount: string }[];
  notes: string[];
}
