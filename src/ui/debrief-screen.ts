import type { Translate } from '../adapters/i18n';
import type { ViewContext } from '../engine/build-view';
import type { GameSession } from '../engine/game-session';
import { DIMENSIONS } from '../core/vocabulary';
import type { EndingKind } from '../scenario/format';
import {
  DIMENSION_KEYS,
  chainsSection,
  decisionsSection,
  ecosystemSection,
  evaluationSection,
  questionsSection,
  storySection,
  timelineSection,
  voicesBlock,
} from './debrief-sections';
import { el, focusableHeading, listen, type Component, textButton } from './dom';
import { handoutButton } from './debrief-handout';
import { roadTools, whatIfButton } from './debrief-road';
import { summaryPng } from './summary-image';

const KIND_KEYS: Record<EndingKind, string> = {
  success: 'ending.success',
  partial: 'ending.partial',
  failure: 'ending.failure',
};

/**
 * The debrief: the ending and its evaluation, the story of the territory, the meters over time, the
 * ecosystem at the start and the end, key decisions and paths not taken, questions; save as an image,
 * print, codex, play again.
 */
export function createDebriefScreen(options: {
  t: Translate;
  session: GameSession;
  ctx: ViewContext;
  onReplay: () => void;
  onCodex: () => void;
  /**
   * The session code as the room must see it, wherever the screen shows one (its line, the handout,
   * the summary image): a mode may add to the game's own code (the training's `.45min`); the game's
   * code by default.
   */
  sessionCode?: string;
}): Component {
  const { t } = options;
  const own = options.session.debrief(options.ctx.lang);
  const debrief = options.sessionCode === undefined ? own : { ...own, sessionCode: options.sessionCode };
  const road = roadTools(t, debrief, options.session);
  const offs: (() => void)[] = [];
  const heading = focusableHeading('h2', debrief.ending.title);
  const button = (key: string, className = 'button'): HTMLButtonElement => textButton(t(key), className);
  const replay = button('ending.replay', 'button button-primary');
  const image = button('debrief.saveImage');
  const print = button('debrief.print');
  const codex = button('menu.codex');
  const imageStatus = el('p', { className: 'image-status', attrs: { role: 'status' } });
  const today = new Date();
  const date = today.toISOString().slice(0, 10);
  let blobUrl: string | null = null;
  const handout = handoutButton(
    t,
    options.session.handout(debrief),
    today.toLocaleDateString(options.ctx.lang),
    () => element,
  );
  offs.push(
    listen(replay, 'click', () => options.onReplay()),
    listen(print, 'click', () => window.print()),
    listen(codex, 'click', () => options.onCodex()),
    listen(image, 'click', () => {
      void summaryPng(debrief, {
        appName: t('app.name'),
        kind: t(KIND_KEYS[debrief.ending.kind]),
        dimensions: DIMENSIONS.map((d) => ({ label: t(DIMENSION_KEYS[d]), value: debrief.evaluation[d] })),
        code: t('ending.code', { code: debrief.sessionCode }),
        date: today.toLocaleDateString(options.ctx.lang),
      }).then((url) => {
        if (blobUrl) URL.revokeObjectURL(blobUrl);
        blobUrl = url;
        if (!url) {
          imageStatus.replaceChildren(el('span', { text: t('debrief.imageFailed') }));
          return;
        }
        const link = el('a', {
          className: 'button button-primary',
          text: t('debrief.download'),
          attrs: {
            href: url,
            download: `tisser-${options.ctx.index.scenario.meta.id}-${date}.png`,
          },
        });
        imageStatus.replaceChildren(el('span', { text: t('debrief.imageReady') }), link);
        link.focus();
      });
    }),
  );
  const element = el(
    'section',
    {
      className: `panel panel-debrief ending-${debrief.ending.kind}`,
      attrs: { 'aria-label': debrief.ending.title },
    },
    [
      el('header', { className: 'debrief-header' }, [
        el('p', { className: 'eyebrow', text: t(KIND_KEYS[debrief.ending.kind]) }),
        heading,
        el('p', { className: 'lead', text: debrief.ending.text }),
        voicesBlock(t, debrief),
        el('p', { className: 'meta print-only', text: debrief.scenarioTitle }),
      ]),
      evaluationSection(t, debrief),
      storySection(t, debrief, road.decisive),
      timelineSection(t, debrief, (turn, out) => whatIfButton(t, turn, road, out)),
      ecosystemSection(t, debrief),
      decisionsSection(t, debrief),
      chainsSection(t, debrief),
      questionsSection(t, debrief),
      el('p', { className: 'meta session-code', text: t('ending.code', { code: debrief.sessionCode }) }),
      el('div', { className: 'debrief-tools no-print' }, [image, print, handout, codex]),
      imageStatus,
      el('div', { className: 'actions no-print' }, [replay]),
    ],
  );
  offs.push(road.start());
  return {
    element,
    focusTarget: heading,
    unmount() {
      offs.forEach((off) => off());
      if (blobUrl) URL.revokeObjectURL(blobUrl);
      element.remove();
    },
  };
}
