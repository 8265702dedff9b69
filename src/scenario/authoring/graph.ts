/**
 * The structure of a scenario as a graph (Mermaid or Graphviz DOT): phases in order with their cards,
 * chains between cards labelled with the choice, and for each flag the cards that set it and the
 * cards, choices, phases or endings that read it.
 */
import type { Condition, Scenario } from '../format';
import { forEachCondition } from '../validation/semantic-refs';

/** Output format of the graph. */
export type GraphFormat = 'mermaid' | 'dot';

interface Edge {
  from: string;
  to: string;
  label: string;
  kind: 'order' | 'chain' | 'sets' | 'reads';
}

const flagsOf = (condition: Condition): string[] => ('flag' in condition ? [condition.flag] : []);

/** The nodes and edges of the scenario graph. */
export function scenarioGraph(scenario: Scenario): {
  phases: { id: string; cards: string[] }[];
  flags: string[];
  edges: Edge[];
} {
  const edges: Edge[] = [];
  scenario.phases.forEach((phase, i) => {
    const next = scenario.phases[i + 1];
    if (next) edges.push({ from: `phase:${phase.id}`, to: `phase:${next.id}`, label: '', kind: 'order' });
  });
  const flags = new Set<string>();
  for (const card of scenario.cards) {
    for (const choice of card.choices) {
      if (choice.next !== undefined)
        edges.push({ from: `card:${card.id}`, to: `card:${choice.next}`, label: choice.id, kind: 'chain' });
      for (const effect of choice.effects) {
        if (effect.type !== 'flag') continue;
        flags.add(effect.flag);
        edges.push({ from: `card:${card.id}`, to: `flag:${effect.flag}`, label: choice.id, kind: 'sets' });
      }
    }
  }
  forEachCondition(scenario, (condition, path) => {
    const [, list = '', index = '0'] = path.split('/');
    const owner = { cards: 'card', phases: 'phase', endings: 'ending', initiatives: 'initiative' }[list];
    const entity = (scenario as unknown as Record<string, { id: string }[]>)[list]?.[Number(index)];
    if (!owner || !entity) return;
    for (const flag of flagsOf(condition)) {
      flags.add(flag);
      const label = path.includes('/choices/')
        ? (scenario.cards[Number(index)]?.choices[Number(path.split('/')[4])]?.id ?? '')
        : '';
      edges.push({ from: `flag:${flag}`, to: `${owner}:${entity.id}`, label, kind: 'reads' });
    }
  });
  for (const [dimension, terms] of Object.entries(scenario.evaluation)) {
    for (const term of terms) {
      if (!('flag' in term)) continue;
      flags.add(term.flag);
      edges.push({ from: `flag:${term.flag}`, to: `evaluation:${dimension}`, label: '', kind: 'reads' });
    }
  }
  return { phases: scenario.phases.map((p) => ({ id: p.id, cards: p.cards })), flags: [...flags], edges };
}

const safe = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, '_');

/** The graph of a scenario as Mermaid (`flowchart`) or Graphviz DOT text. */
export function renderGraph(scenario: Scenario, format: GraphFormat): string {
  const graph = scenarioGraph(scenario);
  const inDeck = new Set(graph.phases.flatMap((p) => p.cards));
  const loose = scenario.cards.map((c) => c.id).filter((id) => !inDeck.has(id));
  const targets = new Set(
    graph.edges.map((e) => e.to).filter((t) => t.startsWith('ending:') || t.startsWith('evaluation:')),
  );
  const lines: string[] = [];
  if (format === 'mermaid') {
    lines.push('flowchart TD');
    for (const phase of graph.phases) {
      lines.push(`  subgraph ${safe(`phase:${phase.id}`)}["phase ${phase.id}"]`);
      for (const card of phase.cards) lines.push(`    ${safe(`card:${card}`)}["${card}"]`);
      lines.push('  end');
    }
    for (const card of loose) lines.push(`  ${safe(`card:${card}`)}["${card} (chained)"]`);
    for (const flag of graph.flags) lines.push(`  ${safe(`flag:${flag}`)}{{"flag ${flag}"}}`);
    for (const target of targets) lines.push(`  ${safe(target)}(["${target.replace(':', ' ')}"])`);
    for (const e of graph.edges) {
      const arrow = e.kind === 'reads' ? '-.->' : e.kind === 'sets' ? '==>' : '-->';
      const label = e.label === '' ? '' : `|${e.label}|`;
      lines.push(`  ${safe(e.from)} ${arrow}${label} ${safe(e.to)}`);
    }
    return `${lines.join('\n')}\n`;
  }
  lines.push('digraph scenario {', '  rankdir=TB;', '  node [shape=box, fontname="sans-serif"];');
  for (const phase of graph.phases) {
    lines.push(
      `  subgraph "cluster_${phase.id}" {`,
      `    label="phase ${phase.id}";`,
      `    "phase:${phase.id}" [shape=plaintext, label="${phase.id}"];`,
    );
    for (const card of phase.cards) lines.push(`    "card:${card}" [label="${card}"];`);
    lines.push('  }');
  }
  for (const card of loose) lines.push(`  "card:${card}" [label="${card} (chained)"];`);
  for (const flag of graph.flags) lines.push(`  "flag:${flag}" [shape=hexagon, label="${flag}"];`);
  for (const target of targets) lines.push(`  "${target}" [shape=oval];`);
  for (const e of graph.edges) {
    const style =
      e.kind === 'reads'
        ? ', style=dashed'
        : e.kind === 'sets'
          ? ', style=bold'
          : e.kind === 'order'
            ? ', style=dotted'
            : '';
    lines.push(`  "${e.from}" -> "${e.to}" [label="${e.label}"${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
