// A pane preference in React state, mirrored to localStorage when the browser allows it.
import { useCallback, useMemo, useState } from "react";
import { browserStorage, readPreference } from "../../browser/preferences";

/** A string preference and whether it survives the pane being closed. */
export function usePreference(
  key: string
): [string | null, (value: string | null) => void, boolean] {
  const storage = useMemo(browserStorage, []);
  const [value, setValue] = useState<string | null>(() => readPreference(key));
  const set = useCallback(
    (next: string | null) => {
      setValue(next);
      try {
        if (next === null) storage?.removeItem(key);
        else storage?.setItem(key, next);
      } catch {
        // Quota or a revoked permission: the value still lives in the pane's state.
      }
    },
    [storage, key]
  );
  return [value, set, storage !== null];
}
