import type { ArtAssets } from '../../adapters/art-assets';
import type { GameSession } from '../../engine/game-session';
import { lastChangeBefore } from '../../engine/modes/replay-change';
import type { ViewModel } from '../../engine/view-model';
import { createViewBridge, type TerritoryFrame } from '../../scenes/view-bridge';
import { motionReduced } from '../../adapters/settings';
import { modeEntry, pageMode, playingMode } from '../mode-registry';
import type { AppContext } from './app-context';

/** The territory behind the panels: Phaser, started once, fed with frames of the session on show. */
export interface TerritoryHost {
  /** Sends the session's view to the scene (nothing before a session exists). */
  publish(session: GameSession | null): void;
  /** Adds a map image under a template key (an archive scenario's own background). */
  addMap(key: string, url: string): void;
  /** Imports Phaser and starts the territory, once; later calls return the same promise. */
  start(): Promise<void>;
  /** Hides or shows the map's meter board (formation: "Masquer les jauges"); the threads stay. */
  hideMeters(hidden: boolean): void;
  /**
   * Plays the last decision's change again on the map (threads and meter bars move from their values
   * before it); false when there is no change to replay.
   */
  replayLastChange(durationMs?: number): boolean;
}

/**
 * Builds the bridge to the scenes. Phaser waits for the player (first key or pointer press, or "Jouer"):
 * the title stays DOM-only and light, with no long task behind it (docs/benchmark.md).
 */
export function createTerritoryHost(
  ctx: AppContext,
  templateOf: (view: ViewModel) => string,
  art: ArtAssets = ctx.services.art,
): TerritoryHost {
  const { i18n, diagnostics } = ctx.services;
  const bridge = createViewBridge();
  let started: Promise<void> | null = null;
  /** Map art by template (and archive backgrounds by their key); the scene loads what it lacks. */
  const maps = new Map<string, string>();
  let last: GameSession | null = null;
  let metersHidden = false;
  let replays = 0;
  bridge.onSceneEvent((event) => {
    if (event.type === 'scene-ready') ctx.services.root.dataset.territory = 'ready';
    // For tests and styling: how many replays the scene has drawn, and how (animated or still).
    if (event.type === 'replayed') {
      ctx.services.root.dataset.territoryReplay = String(event.count);
      ctx.services.root.dataset.territoryReplayMotion = event.animated ? 'animated' : 'still';
      ctx.services.root.dataset.territoryReplayMs = String(event.durationMs);
    }
    if (event.type === 'meter-board')
      ctx.services.root.dataset.territoryMeters = event.shown ? 'shown' : 'hidden';
    // For tests: the map's texts as drawn (sizes and boxes in canvas pixels), measured by the projector test.
    if (event.type === 'map-texts')
      ctx.services.root.dataset.territoryText = JSON.stringify({
        width: event.width,
        height: event.height,
        room: event.room,
        texts: event.texts,
      });
  });
  /** The game on show is projected to a room (training): the map's texts at the room's size. */
  const projected = (): boolean => {
    const mode = playingMode(pageMode(ctx.services.params), ctx.state.mode);
    return mode !== null && modeEntry(mode).projected === true;
  };
  const panelSide = (): TerritoryFrame['panel'] =>
    window.innerWidth >= window.innerHeight * 1.1 ? 'right' : 'bottom';
  const publish = (session: GameSession | null, replay?: TerritoryFrame['replay']): void => {
    last = session;
    if (!session) return;
    const view = session.viewModel;
    // A scenario opened from a file may use a template no bundled scenario uses: the scene loads it then.
    const template = templateOf(view);
    const url = maps.has(template) ? null : ctx.services.art.map(template);
    if (url) maps.set(template, url);
    bridge.publish({
      view,
      metersHidden,
      room: projected(),
      ...(replay ? { replay } : {}),
      reducedMotion: motionReduced(ctx.state.settings, ctx.services.systemMotion.matches),
      panel: panelSide(),
      labels: {
        states: {
          idea: i18n.t('initiative.idea'),
          emerging: i18n.t('initiative.emerging'),
          running: i18n.t('initiative.running'),
          consolidated: i18n.t('initiative.consolidated'),
          failed: i18n.t('initiative.failed'),
        },
        progress: i18n.t('hud.progress', { turn: view.progress.turn, expected: view.progress.expectedTurns }),
      },
    });
  };
  const start = (): Promise<void> => {
    started ??= import('../../scenes/start-territory').then(({ startTerritory }) => {
      for (const entry of ctx.services.catalog) {
        const url = ctx.services.art.map(entry.map);
        if (url) maps.set(entry.map, url);
      }
      startTerritory({
        host: ctx.services.byId('territory'),
        bridge,
        maps,
        mapTemplate: templateOf,
        art,
        diagnostics,
      });
    });
    return started;
  };
  diagnostics.track(() => {
    const onResize = (): void => {
      if (bridge.current()?.panel !== panelSide()) publish(last);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  });
  const wake = (): void => {
    document.removeEventListener('pointerdown', wake, true);
    document.removeEventListener('keydown', wake, true);
    void start();
  };
  document.addEventListener('pointerdown', wake, true);
  document.addEventListener('keydown', wake, true);
  return {
    publish: (session) => publish(session),
    addMap: (key, url) => void maps.set(key, url),
    start,
    hideMeters(hidden) {
      if (hidden === metersHidden) return;
      metersHidden = hidden;
      publish(last);
    },
    replayLastChange(durationMs) {
      const before = last ? lastChangeBefore(last.state) : null;
      if (!before) return false;
      replays += 1;
      publish(last, { count: replays, before, ...(durationMs === undefined ? {} : { durationMs }) });
      return true;
    },
  };
}
