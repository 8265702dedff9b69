/**
 * What the room sees of a card on the projected training screen, measured in the page: the card, its
 * choices, the discussion questions and the tally inside the viewport, nothing scrolled, and the smallest
 * size of each kind of text. Shared by projector.spec.ts (the longest card of each scenario, on the build)
 * and projector-cards.spec.ts (every card, on the development server's card preview).
 */
import type { Page } from '@playwright/test';

/** What the room must see on the card screen, measured in the page. */
export interface Measure {
  viewport: { width: number; height: number };
  /** Elements (by name) not wholly inside the viewport. */
  outside: string[];
  /** Scroll containers with hidden content (name: scrollHeight > clientHeight). */
  scrolled: string[];
  /** The smallest computed font size of each kind of room-facing text. */
  fonts: Record<string, number>;
  /** The card's height, its scroll height, and the height its content takes (to its last line). */
  panel: { client: number; scroll: number; used: number };
}

/**
 * Measures the card screen on show; runs in the page (it refers to nothing outside itself). A card
 * without discussion questions (`discussion` false) is not missing them.
 */
export function measureInPage(discussion = true): Measure {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const all = (selector: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(selector)];
  const parts: [string, HTMLElement[]][] = [
    ['speaker', all('#panel-host .panel-card .speaker')],
    ['situation', all('#panel-host .panel-card .situation')],
    ['choices', all('#panel-host .panel-card .choice')],
    ['discussion', all('#panel-host .formation-prompts li')],
    ['tally', all('#panel-host .formation-votes .formation-team, #panel-host .formation-outcome')],
    // What is left of the budget: on the cards whose choices cost (not missing on the others).
    ['budget', all('#panel-host .panel-card .card-budget')],
  ];
  const outside: string[] = [];
  for (const [name, nodes] of parts) {
    if (nodes.length === 0 && name !== 'budget' && (name !== 'discussion' || discussion))
      outside.push(`${name}: missing`);
    nodes.forEach((node, i) => {
      const box = node.getBoundingClientRect();
      if (box.top < -0.5 || box.left < -0.5 || box.bottom > height + 0.5 || box.right > width + 0.5)
        outside.push(`${name} ${i + 1}: ${Math.round(box.top)}–${Math.round(box.bottom)} of ${height}`);
    });
  }
  const scrolled = [document.scrollingElement, ...all('#panel-host, #panel-host *')]
    .filter((node): node is HTMLElement => node instanceof HTMLElement)
    .filter((node) => {
      const style = getComputedStyle(node);
      const scrolls = node === document.scrollingElement || /auto|scroll/.test(style.overflowY);
      return scrolls && node.scrollHeight > node.clientHeight + 1;
    })
    .map((node) => `${node.className || node.tagName}: ${node.scrollHeight} > ${node.clientHeight}`);
  const size = (node: Element): number => Number.parseFloat(getComputedStyle(node).fontSize);
  /** The text nodes' parents under `selector`: the size each piece of text is drawn at. */
  const textSizes = (selector: string): number[] =>
    all(selector).flatMap((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const sizes: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent?.trim() && node.parentElement && node.parentElement.offsetParent !== null)
          sizes.push(size(node.parentElement));
      return sizes;
    });
  const kinds: Record<string, string> = {
    situation: '#panel-host .panel-card .situation',
    speaker: '#panel-host .panel-card .speaker',
    choices: '#panel-host .panel-card .choice',
    discussion: '#panel-host .formation-prompts',
    tally: '#panel-host .formation-team, #panel-host .formation-outcome',
    budget: '#panel-host .panel-card .card-budget',
  };
  const fonts: Record<string, number> = {};
  for (const [name, selector] of Object.entries(kinds)) {
    const sizes = textSizes(selector);
    if (sizes.length > 0) fonts[name] = Math.min(...sizes);
  }
  const card = document.querySelector<HTMLElement>('#panel-host .panel-card');
  return {
    viewport: { width, height },
    outside,
    scrolled,
    fonts,
    panel: {
      client: card?.clientHeight ?? 0,
      scroll: card?.scrollHeight ?? 0,
      used: card
        ? Math.round(
            Math.max(
              ...[
                ...card.querySelectorAll(
                  '.speaker, .situation, .card-budget, .formation-prompts, .choices > li',
                ),
              ].map((node) => node.getBoundingClientRect().bottom),
            ) - card.getBoundingClientRect().top,
          )
        : 0,
    },
  };
}

/** Measures the card screen on show (see `measureInPage`). */
export function measure(page: Page, discussion = true): Promise<Measure> {
  return page.evaluate(measureInPage, discussion);
}
