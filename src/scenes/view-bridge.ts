import type { ChangeBefore } from '../engine/modes/replay-change';
import type { ViewModel } from '../engine/view-model';
import type { HudText } from './hud-texts';
import type { TerritoryLabels } from './territory-labels';

/**
 * A request to play the last decision's change again: the threads and the meter bars go from the
 * `before` values back to the frame's values (a still before/after highlight under reduced motion).
 */
export interface TerritoryReplay {
  /** Grows by one with each request; the scene replays once for each new value, never twice. */
  count: number;
  /** The values before the change. */
  before: ChangeBefore;
  /** How long the replay lasts (the animations slowed to it; default: their usual pace, under 1 s). */
  durationMs?: number;
}

/** What the territory scene is asked to draw: the view model, and how to draw it. */
export interface TerritoryFrame {
  view: ViewModel;
  /** The user prefers reduced motion: no tweens. */
  reducedMotion: boolean;
  /** Where the DOM panel covers the canvas, so the map stays clear of it. */
  panel: 'right' | 'bottom' | 'none';
  /** The UI words the territory draws, translated by the shell. */
  labels?: TerritoryLabels;
  /**
   * Read by a room from afar (training mode on a projector): the meter board and the initiatives are
   * drawn at the room's type size (src/scenes/room-layout.ts).
   */
  room?: boolean;
  /** The facilitator has hidden the meters: no meter board (the threads stay). */
  metersHidden?: boolean;
  /** Play the last change again (absent on ordinary frames). */
  replay?: TerritoryReplay;
}

/** Events a scene sends back to the shell. */
export type SceneEvent =
  | { type: 'scene-ready' }
  | { type: 'actor-selected'; actor: string }
  /** A replay was drawn: animated, or as a still highlight (reduced motion). */
  | { type: 'replayed'; count: number; animated: boolean; durationMs: number }
  /** The meter board appeared on the map or left it (hidden, or no room for it). */
  | { type: 'meter-board'; shown: boolean }
  /** The map's texts as drawn (meters, initiatives, actors' names), in a canvas of `width`×`height`. */
  | { type: 'map-texts'; width: number; height: number; room: number | null; texts: HudText[] };

/** The small typed link between the shell and the scenes: frames in, events out. */
export interface ViewBridge {
  current(): TerritoryFrame | null;
  subscribe(listener: (frame: TerritoryFrame) => void): () => void;
  emit(event: SceneEvent): void;
}

/** The shell's side of the bridge: it publishes frames and listens to scene events. */
export interface ShellBridge extends ViewBridge {
  publish(frame: TerritoryFrame): void;
  onSceneEvent(listener: (event: SceneEvent) => void): () => void;
}

/** Creates a bridge. Built by the territory host (src/ui/app/territory-host.ts) and passed to the scenes. */
export function createViewBridge(): ShellBridge {
  let frame: TerritoryFrame | null = null;
  const listeners = new Set<(frame: TerritoryFrame) => void>();
  const sceneListeners = new Set<(event: SceneEvent) => void>();
  return {
    current: () => frame,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of sceneListeners) listener(event);
    },
    publish(next) {
      frame = next;
      for (const listener of listeners) listener(next);
    },
    onSceneEvent(listener) {
      sceneListeners.add(listener);
      return () => sceneListeners.delete(listener);
    },
  };
}
