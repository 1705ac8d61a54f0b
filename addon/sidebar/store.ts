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
