import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * false on the server and during hydration, true afterwards: for showing browser-only values
 * (window.location, localStorage) without a hydration mismatch and without an effect that sets state.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
