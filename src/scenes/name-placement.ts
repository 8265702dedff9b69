/**
 * Where each actor's name goes on the map: a small pure pass (no Phaser; the scene measures the text and
 * draws what it returns). In training mode each name tries the places around its portrait, best first,
 * and keeps the first where it covers no other name or portrait and stays inside the free area (off the
 * meter board, the initiatives and the progress strip); failing that, a shorter label, down to the
 * initials. `roomNames` gives those labels: first names, with a family initial when two are alike.
 */
import type { Rect } from './layout';

/** An actor whose name is to be placed: its disc (centre, radius to the name) and the names it may show. */
export interface NameItem {
  id: string;
  x: number;
  y: number;
  /** Distance from the disc's centre to the name (the disc and its ring). */
  r: number;
  /** What to write, best first (the room's short label, then shorter ones); the last is kept if none fits. */
  texts: readonly string[];
}

/** Where an actor's name goes: its text and box, in canvas pixels. */
export interface PlacedName extends Rect {
  text: string;
  /** Not the first (preferred) text of the item. */
  shortened: boolean;
  /** Nowhere was clear: the name covers a portrait or leaves the bounds (its token is drawn on top). */
  crowded?: boolean;
}

/** How names are placed. */
export interface PlacementRules {
  /** The size of a text's box as drawn for an item (the speaker's name is bolder). */
  measure: (text: string, id: string) => { w: number; h: number };
  /**
   * `room`: a name goes wherever around its disc it covers no other name, no other disc and stays inside
   * `bounds`, or is shortened (training mode, names at the room's size). `screen`: below the disc, or above
   * it when below would cover a name already placed (solo and kiosk, as they have always been).
   */
  mode: 'room' | 'screen';
  /** What a name must stay inside (room mode). */
  bounds?: Rect;
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Rect, b: Rect): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/**
 * The boxes a name of size w×h may take around a disc, best first: below, above, beside, the corners, then
 * below and above shifted to either side, then one line further out.
 */
function candidates(item: NameItem, w: number, h: number): Rect[] {
  const { x, y, r } = item;
  const side = r * 0.15;
  const diagonal = r * 0.72;
  return [
    { x: x - w / 2, y: y + r, w, h },
    { x: x - w / 2, y: y - r - h, w, h },
    { x: x + r + side, y: y - h / 2, w, h },
    { x: x - r - side - w, y: y - h / 2, w, h },
    // Below right, clear of the family's badge.
    { x: x + r, y: y + r * 0.85, w, h },
    { x: x - diagonal - w, y: y + diagonal, w, h },
    { x: x + diagonal, y: y - diagonal - h, w, h },
    { x: x - diagonal - w, y: y - diagonal - h, w, h },
    { x: x - r * 0.5, y: y + r, w, h },
    { x: x + r * 0.5 - w, y: y + r, w, h },
    { x: x - r * 0.5, y: y - r - h, w, h },
    { x: x + r * 0.5 - w, y: y - r - h, w, h },
    { x: x - w / 2, y: y + r + h * 0.6, w, h },
    { x: x - w / 2, y: y - r - h * 1.6, w, h },
  ];
}

/** Whether a box covers a disc (the disc itself, not its square). */
function coversDisc(box: Rect, disc: NameItem): boolean {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.w));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.h));
  // The name's ring distance includes the frame's margin: the portrait proper is a little smaller.
  const radius = disc.r * 0.86;
  return (nx - disc.x) ** 2 + (ny - disc.y) ** 2 < radius * radius;
}

/** How many other discs lie near an item's (a crowded actor's name is placed before its neighbours'). */
const crowding = (item: NameItem, items: readonly NameItem[]): number =>
  items.filter((o) => o.id !== item.id && Math.hypot(o.x - item.x, o.y - item.y) < item.r * 4).length;

/**
 * Places the actors' names. In screen mode, in the items' order. In room mode, the first item first (the
 * speaker), then the most crowded: a name never covers another name or another actor's disc and stays
 * inside the bounds; each text in turn is tried at every place around its disc; when none fits, the last
 * text goes where it covers the least.
 */
export function placeNames(items: readonly NameItem[], rules: PlacementRules): Map<string, PlacedName> {
  const placed = new Map<string, PlacedName>();
  const boxes: Rect[] = [];
  const [first, ...rest] = items;
  const order =
    rules.mode === 'room' && first
      ? [
          first,
          ...rest
            .map((item) => ({ item, n: crowding(item, items) }))
            .sort((a, b) => b.n - a.n)
            .map((o) => o.item),
        ]
      : items;
  for (const item of order) {
    const name =
      rules.mode === 'room' ? roomPlace(item, rules, boxes, items) : screenPlace(item, rules, boxes);
    placed.set(item.id, name);
    boxes.push(name);
  }
  return placed;
}

function screenPlace(item: NameItem, rules: PlacementRules, boxes: readonly Rect[]): PlacedName {
  const text = item.texts[0] ?? '';
  const { w, h } = rules.measure(text, item.id);
  const [below, above] = candidates(item, w, h) as [Rect, Rect];
  const box = boxes.some((other) => overlaps(other, below)) ? above : below;
  return { ...box, text, shortened: false };
}

function roomPlace(
  item: NameItem,
  rules: PlacementRules,
  boxes: readonly Rect[],
  items: readonly NameItem[],
): PlacedName {
  const discs = items.filter((other) => other.id !== item.id);
  const fits = (box: Rect): boolean =>
    (!rules.bounds || inside(box, rules.bounds)) &&
    !boxes.some((other) => overlaps(other, box)) &&
    !discs.some((disc) => coversDisc(box, disc));
  for (const [i, text] of item.texts.entries()) {
    const { w, h } = rules.measure(text, item.id);
    const box = candidates(item, w, h).find(fits);
    if (box) return { ...box, text, shortened: i > 0 };
  }
  // Nowhere clear: the last text where it covers the least (names first, then discs, then the edge).
  const text = item.texts[item.texts.length - 1] ?? '';
  const { w, h } = rules.measure(text, item.id);
  const cost = (box: Rect): number =>
    boxes.filter((other) => overlaps(other, box)).length * 100 +
    discs.filter((disc) => coversDisc(box, disc)).length * 10 +
    (rules.bounds && !inside(box, rules.bounds) ? 1 : 0);
  const all = candidates(item, w, h);
  const best = all.reduce((a, b) => (cost(b) < cost(a) ? b : a), all[0] as Rect);
  return { ...best, text, shortened: item.texts.length > 1, ...(cost(best) > 0 ? { crowded: true } : {}) };
}

/**
 * What a room reads of each actor's name, best first: the first name (with the family name's initial when
 * two actors share it), then the initials. The full name and role stay on the card and in the codex.
 */
export function roomNames(names: readonly string[]): string[][] {
  const first = (name: string): string => name.split(/\s+/)[0] ?? name;
  const initial = (word: string): string => `${[...word][0] ?? ''}.`;
  return names.map((name) => {
    const words = name.split(/\s+/).filter(Boolean);
    const shared = names.filter((other) => first(other) === first(name)).length > 1;
    const short =
      shared && words.length > 1 ? `${first(name)} ${initial(words[words.length - 1] ?? '')}` : first(name);
    const initials = words.map((word) => [...word][0] ?? '').join('');
    return words.length < 2 || short === initials ? [short] : [short, initials];
  });
}
