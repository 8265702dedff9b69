/**
 * Writes tests/v1-corpus/golden.json: for every v1 (and v0) file of the corpus and 200 seeds, a random
 * session's ending, length, choices and state hash, as the v1 engine played them.
 *
 * It was run ONCE, on the last commit of the v1 engine (before format v2), and its output is committed:
 * the v1 corpus test (tests/unit/scenario/v1-corpus.test.ts) proves the v2 engine replays every one of
 * these sessions, after migration, to the same ending and the same state hash. Running it again on the
 * v2 engine would only copy the v2 engine's own figures: do not, unless the corpus itself changes (then
 * regenerate from a checkout of the v1 engine, commit 0cb647b or any before it).
 *
 * `npx tsx tests/v1-corpus/generate-golden.ts`
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInitialState } from '../../src/core/game-state';
import { stableHash } from '../../src/core/hash';
import { nextFloat, seedRng } from '../../src/core/rng';
import { indexScenario } from '../../src/core/scenario-index';
import { advance, availableChoices, choose } from '../../src/core/turn';
import { validateScenarioText } from '../../src/scenario/validation';
import { corpusSeed, SESSIONS_PER_FILE, v1Projection, type GoldenFile } from './golden-format';

const DIR = join(import.meta.dirname, 'scenarios');
const golden: GoldenFile = {};
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const result = validateScenarioText(readFileSync(join(DIR, file), 'utf8'), file);
  if (!result.scenario) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
  const index = indexScenario(result.scenario);
  golden[file] = [];
  for (let i = 0; i < SESSIONS_PER_FILE; i++) {
    const seed = corpusSeed(i);
    let state = createInitialState(index, seed);
    let rng = seedRng(seed ^ 0x2545f491);
    let positions = '';
    for (let step = 0; step < 5000 && state.screen !== 'ended'; step++) {
      if (state.screen !== 'card') {
        state = advance(state, index);
        continue;
      }
      const card = index.cards.get(state.card ?? '');
      if (!card) throw new Error(`${file}: no card`);
      const open = availableChoices(card, state, index);
      const [r, next] = nextFloat(rng);
      rng = next;
      const choice = open[Math.floor(r * open.length)];
      if (!choice) throw new Error(`${file}: dead end at ${card.id}`);
      positions += String(card.choices.indexOf(choice));
      state = choose(state, choice.id, index);
    }
    golden[file].push([seed, state.ending ?? '', state.turn, positions, stableHash(v1Projection(state))]);
  }
}
writeFileSync(join(import.meta.dirname, 'golden.json'), `${JSON.stringify(golden)}\n`);
process.stdout.write(`golden.json: ${Object.keys(golden).length} files × ${SESSIONS_PER_FILE} sessions\n`);
