/**
 * Errors are values: the domain never throws for bad user input and never speaks a
 * language. The UI translates `code` with the `errors` i18n namespace, passing `params`.
 */
export interface DomainError {
  code: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: string, params?: Record<string, string | number>): Result<T> {
  return params === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, params } };
}

export function domainError(code: string, params?: Record<string, string | number>): DomainError {
  return params === undefined ? { code } : { code, params };
}
