import type { ViewModel } from '../engine/view-model';
import type { TerritoryLabels } from './territory-labels';

/** What the territory scene is asked to draw: the view model, and how to draw it. */
export interface TerritoryFrame {
  view: ViewModel;
  /** The user prefers reduced motion: no tweens. */
  reducedMotion: boolean;
  /** Where the DOM panel covers the canvas, so the map stays clear of it. */
  panel: 'right' | 'bottom' | 'none';
  /** The UI words the territory draws, translated by the shell. */
  labels?: TerritoryLabels;
}

/** Events a scene sends back to the shell. */
export type SceneEvent = { type: 'scene-ready' } | { type: 'actor-selected'; actor: string };

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

/** Creates a bridge. Built in main.ts and passed to the scenes. */
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
