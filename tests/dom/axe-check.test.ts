// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount, seriousViolations } from './axe-check';

describe('the DOM layer’s axe check', () => {
  it('finds what a screen reader cannot use (so a clean result means something)', async () => {
    const bad = document.createElement('section');
    const button = document.createElement('button');
    const input = document.createElement('input');
    const image = document.createElement('img');
    image.src = 'data:image/png;base64,';
    bad.append(button, input, image);
    mount(bad);
    const found = (await seriousViolations()).join('\n');
    expect(found).toContain('button-name');
    expect(found).toContain('label');
    expect(found).toContain('image-alt');
  });
});
