/**
 * Reads the JSON blocks of the authoring docs (docs/authoring/*.md) and applies them the way the prose
 * tells a reader to, so the tests can check that following the docs gives a valid scenario.
 *
 * A block is a fenced code block whose info string starts with `json` and a tag:
 * - ```` ```json tutorial-step-3 append /cards ```` — one or more values separated by commas, pasted at
 *   the end of the list at that place;
 * - ```` ```json tutorial-step-1 set / ```` — one or more `"key": value` lines, replacing those keys of
 *   the object at that place (when the lines end with a comma, it is the one already in the file);
 * - ```` ```json cookbook card ```` — a fragment (one or more values) of a schema definition.
 *
 * A place is a JSON Pointer in which a list can also be entered by the `id` of one of its items, as the
 * prose names them: `/phases/coconstruction` is the phase whose id is `coconstruction`.
 */

/** A JSON block of a Markdown document. */
export interface MarkdownBlock {
  /** The words of the info string after `json`, e.g. `['tutorial-step-3', 'append', '/cards']`. */
  tags: string[];
  body: string;
  /** Line of the opening fence (1-based), for messages. */
  line: number;
}

/** Every fenced ```json block of a document whose info string has at least one word after `json`. */
export function jsonBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```json\s+(.+)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== '```'; i += 1) body.push(lines[i] ?? '');
    if (i >= lines.length) throw new Error(`line ${start + 1}: the block is never closed`);
    blocks.push({ tags: (open[1] ?? '').trim().split(/\s+/), body: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** The values of a block holding one or more values separated by commas. */
export function blockValues(block: MarkdownBlock): unknown[] {
  return JSON.parse(`[${block.body}]`) as unknown[];
}

/** The properties of a block holding one or more `"key": value` lines. */
export function blockProperties(block: MarkdownBlock): Record<string, unknown> {
  // Whole lines copied from a file may end with the comma that separates them from the next key.
  return JSON.parse(`{${block.body.trimEnd().replace(/,$/, '')}}`) as Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a place (see the module comment); throws with the place when it does not exist. */
export function resolvePlace(root: unknown, place: string): unknown {
  let node = root;
  for (const segment of place.split('/').filter((s) => s !== '')) {
    if (Array.isArray(node)) {
      const byId = node.find((item) => isRecord(item) && item.id === segment);
      node = byId ?? (/^\d+$/.test(segment) ? node[Number(segment)] : undefined);
    } else if (isRecord(node)) node = node[segment];
    else node = undefined;
    if (node === undefined) throw new Error(`no ${segment} in ${place}`);
  }
  return node;
}

/** Applies a tutorial block (`set` or `append`) to a scenario object, in place. */
export function applyBlock(scenario: unknown, block: MarkdownBlock): void {
  const [, op, place] = block.tags;
  if (place === undefined) throw new Error(`line ${block.line}: the block names no place`);
  const target = resolvePlace(scenario, place);
  if (op === 'set') {
    if (!isRecord(target)) throw new Error(`line ${block.line}: ${place} is not an object`);
    Object.assign(target, blockProperties(block));
  } else if (op === 'append') {
    if (!Array.isArray(target)) throw new Error(`line ${block.line}: ${place} is not a list`);
    target.push(...blockValues(block));
  } else throw new Error(`line ${block.line}: unknown operation ${op ?? '(none)'}`);
}

/** The tutorial blocks grouped by step number, in document order. */
export function tutorialSteps(markdown: string): Map<number, MarkdownBlock[]> {
  const steps = new Map<number, MarkdownBlock[]>();
  for (const block of jsonBlocks(markdown)) {
    const step = /^tutorial-step-(\d+)$/.exec(block.tags[0] ?? '');
    if (!step) continue;
    const n = Number(step[1]);
    steps.set(n, [...(steps.get(n) ?? []), block]);
  }
  return steps;
}

/** Where a JSON value sits in a text, with its members (object keys or list items) in order. */
interface Span {
  start: number;
  end: number;
  members: { key?: string; keyStart: number; value: Span }[];
  isList: boolean;
}

/** A small located JSON reader: just enough to find where a reader selects and pastes. */
function spanOf(text: string, at: number): Span {
  const skip = (i: number): number => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
    return i;
  };
  const stringEnd = (i: number): number => {
    for (let j = i + 1; j < text.length; j += 1) {
      if (text[j] === '\\') j += 1;
      else if (text[j] === '"') return j + 1;
    }
    throw new Error('unclosed text');
  };
  const start = skip(at);
  const open = text[start];
  if (open !== '{' && open !== '[') {
    let end = start;
    if (open === '"') end = stringEnd(start);
    else while (end < text.length && !/[\s,\]}]/.test(text[end] ?? '')) end += 1;
    return { start, end, members: [], isList: false };
  }
  const members: Span['members'] = [];
  let i = skip(start + 1);
  while (text[i] !== '}' && text[i] !== ']') {
    const keyStart = i;
    let key: string | undefined;
    if (open === '{') {
      const keyEnd = stringEnd(i);
      key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skip(keyEnd) + 1; // the colon
    }
    const value = spanOf(text, i);
    members.push({ key, keyStart, value });
    i = skip(value.end);
    if (text[i] === ',') i = skip(i + 1);
  }
  return { start, end: i + 1, members, isList: open === '[' };
}

function spanAt(text: string, place: string): Span {
  let span = spanOf(text, 0);
  for (const segment of place.split('/').filter((s) => s !== '')) {
    const member = span.isList
      ? (span.members.find((m) => {
          const item = JSON.parse(text.slice(m.value.start, m.value.end)) as unknown;
          return isRecord(item) && item.id === segment;
        }) ?? span.members[Number(segment)])
      : span.members.find((m) => m.key === segment);
    if (!member) throw new Error(`no ${segment} in ${place}`);
    span = member.value;
  }
  return span;
}

/**
 * Applies a tutorial block to the text of a scenario file the way the prose tells a person to:
 * `set` selects from the first key the block names to the end of the last one's value (and the comma
 * after it when the block's lines end with one) and pastes the block there; `append` types a comma after
 * the last item of the list and pastes the block.
 */
export function applyBlockToText(text: string, block: MarkdownBlock): string {
  const [, op, place] = block.tags;
  const target = spanAt(text, place ?? '');
  if (op === 'append') {
    const last = target.members.at(-1);
    const at = last ? last.value.end : target.start + 1;
    return `${text.slice(0, at)}${last ? ',' : ''}\n${block.body}${text.slice(at)}`;
  }
  const keys = Object.keys(blockProperties(block));
  const chosen = target.members.filter((m) => m.key !== undefined && keys.includes(m.key));
  const first = chosen[0];
  const last = chosen.at(-1);
  const firstIndex = first ? target.members.indexOf(first) : -1;
  const contiguous = chosen.every((m, i) => target.members.indexOf(m) === firstIndex + i);
  if (!first || !last || chosen.length !== keys.length || !contiguous)
    throw new Error(`line ${block.line}: the keys are not found one after the other`);
  let end = last.value.end;
  if (block.body.trimEnd().endsWith(',')) end = text.indexOf(',', end) + 1;
  return `${text.slice(0, first.keyStart)}${block.body.trim()}${text.slice(end)}`;
}
