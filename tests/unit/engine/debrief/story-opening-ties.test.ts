/**
 * The story's opening says how much people worked together at the start from the scenario's own
 * starting ties, not the same words whatever the links (a trainer's reading of the debrief found
 * « elles ne se parlaient pas encore beaucoup » said whatever the starting links).
 */
import { describe, expect, it } from 'vitest';
import { STORY_FR } from '../../../../src/engine/debrief/story-fr';
import { STORY_EN } from '../../../../src/engine/debrief/story-en';
import type { OpeningFacts } from '../../../../src/engine/debrief/story-messages';

const facts = (people: number, links: number): OpeningFacts => ({
  title: 'Essai',
  territory: 'urbain',
  people,
  links,
  trust: [],
  resources: [],
});

describe('the opening of the story and the starting ties', () => {
  it('says nobody worked together when there were no ties', () => {
    expect(STORY_FR.opening(facts(4, 0))).toContain('aucune ne travaillait encore avec une autre');
    expect(STORY_EN.opening(facts(4, 0))).toContain('none of them worked with another yet');
  });

  it('says they hardly talked when there were fewer ties than people', () => {
    expect(STORY_FR.opening(facts(11, 6))).toContain('ne se parlaient pas encore beaucoup');
    expect(STORY_EN.opening(facts(11, 6))).toContain('did not talk to each other much yet');
  });

  it('says some already worked together when ties were many', () => {
    const fr = STORY_FR.opening(facts(5, 8));
    expect(fr).toContain('certaines travaillaient déjà ensemble');
    expect(fr).not.toContain('pas encore beaucoup');
    expect(STORY_EN.opening(facts(5, 8))).toContain('some of them already worked together');
  });

  it('says nothing about ties for a single person', () => {
    expect(STORY_FR.opening(facts(1, 0))).toMatch(/de la mairie aux associations\./);
  });
});
