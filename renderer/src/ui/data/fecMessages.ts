/** The messages between the FEC screen and its worker. */
import type { TextEncodingName } from '../../domain/import/encoding';
import type { FecSeparator } from '../../domain/import/fec';
import type { ImportPlan } from '../../domain/import/plan';
import type { Cents } from '../../domain/model';
import type { DomainError } from '../../domain/result';

export interface FecRequest {
  /** transferred, not copied */
  bytes: ArrayBuffer;
  fileName: string;
  sourceName: string;
  paymentTermsDays: number;
}

export type FecResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'failed'; error: DomainError }
  | {
      type: 'done';
      plan: ImportPlan;
      encoding: TextEncodingName;
      separator: FecSeparator;
      lineCount: number;
      openBalance: Cents;
    };
