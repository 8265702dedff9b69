/**
 * The delayed consequences of a scenario by site (card, choice, path of the `delayed` effect), looked up
 * without building a key: the end of every turn looks up each pending consequence, and joining three
 * strings into a new key (hashed afresh every time) was a large share of a simulated turn.
 */
import type { CompiledDelayed } from './compile-choice';

/** The compiled delayed consequences, card by card, choice by choice, path by path. */
export class DelayedSites {
  private readonly byCard = new Map<string, Map<string, Map<string, CompiledDelayed>>>();

  /** Registers the delayed consequence written at `path` of `choice` on `card`. */
  set(card: string, choice: string, path: string, delayed: CompiledDelayed): void {
    let byChoice = this.byCard.get(card);
    if (!byChoice) this.byCard.set(card, (byChoice = new Map()));
    let byPath = byChoice.get(choice);
    if (!byPath) byChoice.set(choice, (byPath = new Map()));
    byPath.set(path, delayed);
  }

  /** The delayed consequence written at that site, if the scenario has one. */
  get(card: string, choice: string, path: string): CompiledDelayed | undefined {
    return this.byCard.get(card)?.get(choice)?.get(path);
  }
}
