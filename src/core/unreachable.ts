/**
 * The end of an exhaustive switch over a closed vocabulary (effect types, condition kinds, change
 * kinds). Its parameter is `never`: when a kind is added to the vocabulary and a switch does not handle
 * it, the call no longer type-checks, so an unimplemented kind fails `npm run typecheck` instead of
 * silently doing nothing (tests/unit/architecture/exhaustive.test.ts proves it).
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`Unknown ${what}: ${JSON.stringify(value)}`);
}
