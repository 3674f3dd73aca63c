/** A failure as a sentence, announced to screen readers; nothing at all when there is none. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="alert error" role="alert">
      {message}
    </p>
  ) : null;
}
