import { useCallback, useState } from "react";

/**
 * Runs one host call at a time for a control: tracks whether it is busy and keeps the error
 * (a ReportError, or anything else the host threw) for a MessageBar.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error, hasError: error !== null };
}
