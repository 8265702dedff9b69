import type Phaser from 'phaser';
import type { LinkView } from '../engine/view-model';
import { Palette } from './palette';
import {
  braidTies,
  lineLength,
  offsetLine,
  strokeSegments,
  threadCurve,
  threadStroke,
  type Point,
  type ThreadStroke,
} from './thread-style';

import { pairKey, threadChange } from './thread-change';
export { pairKey, threadChange } from './thread-change';

const GROW_MS = 900;
const FADE_MS = 1100;

/**
 * How changed threads show: not at all (first drawing, resize), animated, or as a still highlight of
 * before and after (a replay under reduced motion).
 */
export type ThreadMotion = 'none' | 'animate' | 'highlight';

/** Draws a thread (or the part of it between `from` and `to` px along it) into `g`. */
function drawThread(
  g: Phaser.GameObjects.Graphics,
  line: readonly Point[],
  stroke: ThreadStroke,
  from: number,
  to: number,
  colour: number = Palette.thread,
): void {
  g.lineStyle(stroke.halo, Palette.paper, 0.55);
  for (const s of strokeSegments(line, from, to, null)) g.lineBetween(s[0], s[1], s[2], s[3]);
  g.lineStyle(stroke.width, colour, 0.95);
  for (const offset of stroke.strands) {
    for (const s of strokeSegments(offsetLine(line, offset), from, to, stroke.dash))
      g.lineBetween(s[0], s[1], s[2], s[3]);
  }
  if (stroke.ties !== null) {
    const half = Math.max(...stroke.strands.map(Math.abs)) + stroke.width * 0.3;
    g.lineStyle(Math.max(1.5, stroke.width * 0.6), colour, 0.95);
    for (const s of braidTies(line, half, stroke.ties, to)) {
      if (s[0] !== undefined) g.lineBetween(s[0], s[1], s[2], s[3]);
    }
  }
}

const hex = (colour: number, alpha: number): string =>
  `rgba(${(colour >> 16) & 255}, ${(colour >> 8) & 255}, ${colour & 255}, ${alpha})`;

const tracePath = (ctx: CanvasRenderingContext2D, line: readonly Point[]): void => {
  ctx.beginPath();
  line.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
};

/** Draws a whole thread with the 2D context (one path per strand: cheap, and baked once per change). */
export function paintThread(
  ctx: CanvasRenderingContext2D,
  line: readonly Point[],
  stroke: ThreadStroke,
): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.setLineDash([]);
  ctx.strokeStyle = hex(Palette.paper, 0.55);
  ctx.lineWidth = stroke.halo;
  tracePath(ctx, line);
  ctx.stroke();
  ctx.strokeStyle = hex(Palette.thread, 0.95);
  ctx.lineWidth = stroke.width;
  ctx.lineCap = stroke.dash ? 'butt' : 'round';
  ctx.setLineDash(stroke.dash ? [...stroke.dash] : []);
  for (const offset of stroke.strands) {
    tracePath(ctx, offsetLine(line, offset));
    ctx.stroke();
  }
  ctx.setLineDash([]);
  if (stroke.ties !== null) {
    const half = Math.max(...stroke.strands.map(Math.abs)) + stroke.width * 0.3;
    ctx.lineWidth = Math.max(1.5, stroke.width * 0.6);
    ctx.beginPath();
    for (const s of braidTies(line, half, stroke.ties, Number.POSITIVE_INFINITY)) {
      ctx.moveTo(s[0], s[1]);
      ctx.lineTo(s[2], s[3]);
    }
    ctx.stroke();
  }
}

/**
 * The threads between actors. Unchanged threads are painted once into the scene's still canvas
 * (with the map), so they cost one image per frame; only a thread that changed gets its own object and is redrawn while it animates: a new thread draws itself
 * from one actor to the other, a stronger one pulses, a weaker one sheds its old width, a broken one
 * frays from the middle and fades. Under reduced motion every thread shows its final state at once.
 */
export class ThreadLayer {
  private moving: Phaser.GameObjects.GameObject[] = [];
  private tweens: Phaser.Tweens.Tween[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly parent: Phaser.GameObjects.Container,
  ) {}

  /**
   * Draws `links`: the still ones into `still` (a 2D context the caller has just cleared), the changed
   * ones as animated objects (or still highlights). `before` holds the strengths to change from (null:
   * first drawing, nothing changes); `scale` sizes the strokes with the map. Returns how many threads
   * changed.
   */
  render(
    still: CanvasRenderingContext2D,
    links: readonly LinkView[],
    points: ReadonlyMap<string, Point>,
    before: ReadonlyMap<string, number> | null,
    mode: ThreadMotion,
    scale: number,
  ): number {
    this.clearMoving();
    const motion = mode === 'animate';
    const highlight = mode === 'highlight';
    let changed = 0;
    // Weaker threads first, so strong ones lie on top where they cross.
    const sorted = [...links].sort((x, y) => x.strength - y.strength);
    for (const link of sorted) {
      const a = points.get(link.from);
      const b = points.get(link.to);
      if (!a || !b) continue;
      const line = threadCurve(a, b);
      const was = before?.get(pairKey(link.from, link.to));
      const change = before ? threadChange(was, link.strength) : null;
      if (change) changed++;
      if (change === 'broken') {
        if (motion) this.fray(line, threadStroke(was ?? 1, scale));
        if (highlight) this.ghost(line, threadStroke(was ?? 1, scale), true);
        continue;
      }
      if (link.strength <= 0) continue;
      const stroke = threadStroke(link.strength, scale);
      if (motion && change === 'new') {
        this.grow(line, stroke);
        continue;
      }
      if (highlight && change === 'weaker')
        this.ghost(line, threadStroke(was ?? link.strength + 1, scale), false);
      paintThread(still, line, stroke);
      if (motion && change === 'stronger') this.pulse(line, stroke);
      if (motion && change === 'weaker') this.shed(line, threadStroke(was ?? link.strength + 1, scale));
      if (highlight && (change === 'new' || change === 'stronger')) this.glow(line, stroke);
    }
    return changed;
  }

  /** Stops the animations and frees the objects of changed threads. */
  destroy(): void {
    this.clearMoving();
  }

  private own(): Phaser.GameObjects.Graphics {
    const g = this.scene.add.graphics();
    this.parent.add(g);
    this.moving.push(g);
    return g;
  }

  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.tweens.push(this.scene.tweens.add(config));
  }

  private clearMoving(): void {
    for (const tween of this.tweens) tween.remove();
    this.tweens = [];
    for (const object of this.moving) object.destroy();
    this.moving = [];
  }

  /** Still highlight of a thread that appeared or grew: a wide halo around it. */
  private glow(line: Point[], stroke: ThreadStroke): void {
    const g = this.own();
    g.lineStyle(stroke.halo * 2.2, Palette.cooperation, 0.4);
    for (const s of strokeSegments(line, 0, Number.POSITIVE_INFINITY, null))
      g.lineBetween(s[0], s[1], s[2], s[3]);
  }

  /** Still trace of what a thread was before it weakened (or broke: parted in the middle). */
  private ghost(line: Point[], was: ThreadStroke, broken: boolean): void {
    const g = this.own();
    const length = lineLength(line);
    const gap = broken ? length * 0.15 : 0;
    drawThread(g, line, was, 0, length / 2 - gap, Palette.inkSoft);
    drawThread(g, line, was, length / 2 + gap, length, Palette.inkSoft);
    g.setAlpha(0.5);
  }

  private grow(line: Point[], stroke: ThreadStroke): void {
    const g = this.own();
    const length = lineLength(line);
    const state = { p: 0 };
    const draw = (): void => {
      g.clear();
      drawThread(g, line, stroke, 0, length * state.p);
    };
    draw();
    this.tween({ targets: state, p: 1, duration: GROW_MS, ease: 'Sine.easeInOut', onUpdate: draw });
  }

  private pulse(line: Point[], stroke: ThreadStroke): void {
    const g = this.own();
    g.lineStyle(stroke.halo * 2.2, Palette.cooperation, 0.35);
    for (const s of strokeSegments(line, 0, Number.POSITIVE_INFINITY, null))
      g.lineBetween(s[0], s[1], s[2], s[3]);
    g.setAlpha(0);
    this.tween({ targets: g, alpha: 1, duration: 380, yoyo: true, repeat: 1, ease: 'Sine.easeInOut' });
  }

  private shed(line: Point[], was: ThreadStroke): void {
    const g = this.own();
    drawThread(g, line, was, 0, Number.POSITIVE_INFINITY, Palette.inkSoft);
    g.setAlpha(0.7);
    this.tween({ targets: g, alpha: 0, duration: FADE_MS, ease: 'Sine.easeIn' });
  }

  private fray(line: Point[], stroke: ThreadStroke): void {
    const g = this.own();
    const length = lineLength(line);
    const state = { p: 0 };
    const draw = (): void => {
      g.clear();
      // The thread parts in the middle and each end pulls back towards its actor.
      const gap = (length / 2) * state.p;
      drawThread(g, line, stroke, 0, length / 2 - gap, Palette.inkSoft);
      drawThread(g, line, stroke, length / 2 + gap, length, Palette.inkSoft);
      g.setAlpha(1 - state.p);
    };
    draw();
    this.tween({ targets: state, p: 1, duration: FADE_MS, ease: 'Cubic.easeIn', onUpdate: draw });
  }
}
