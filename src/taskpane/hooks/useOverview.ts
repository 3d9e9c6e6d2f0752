// The overview follows the workbook: read once, then again shortly after any worksheet changes
// (Excel's events, debounced: a recap fires hundreds of change events in a burst). Hosts without
// events get a manual refresh button instead; nothing polls.
import { useCallback, useEffect, useRef, useState } from "react";
import { loadOverview, Review, WorkbookGateway } from "../../app";

const DEBOUNCE_MS = 700;

export function useOverview(gateway: WorkbookGateway) {
  const [overview, setOverview] = useState<Review | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      setOverview(await loadOverview(gateway));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [gateway]);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void refresh();
    gateway
      .watch(() => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void refresh(), DEBOUNCE_MS);
      })
      .then((unsubscribe) => {
        if (cancelled) unsubscribe?.();
        else {
          stop = unsubscribe;
          setLive(unsubscribe !== null);
        }
      })
      .catch(() => setLive(false)); // no events: the refresh button stays the way to update
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
      stop?.();
    };
  }, [gateway, refresh]);

  return { overview, error, live, refresh };
}
