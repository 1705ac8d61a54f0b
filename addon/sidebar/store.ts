/**
 * State that outlives a panel (switching tabs unmounts it) lives in plain module objects; a
 * `Changes` tells the components that show it to render again. Preact then patches the DOM in
 * place, so an input being typed in keeps its focus, caret and value.
 */
import { useLayoutEffect, useState } from "preact/hooks";

export class Changes {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Renders the calling component again on each notice (layout effect: no notice slips by). */
export function useChanges(changes: Changes): void {
  const [, setVersion] = useState(0);
  useLayoutEffect(() => changes.subscribe(() => setVersion((v) => v + 1)), [changes]);
}

/** What a tab's busy counter is kept in: shown as a spinner while any call of the tab runs. */
export interface Pending {
  pending: number;
}

/**
 * Runs one server call of a tab: its counter up while it runs, an error shown in the notices (not
 * thrown: the tab has nothing left to do with it), null then.
 */
export async function whileBusy<T>(
  state: Pending,
  changes: Changes,
  showError: (error: unknown) => void,
  work: () => Promise<T>,
): Promise<T | null> {
  state.pending++;
  changes.notify();
  try {
    return await work();
  } catch (error) {
    showError(error);
    return null;
  } finally {
    state.pending--;
    changes.notify();
  }
}
