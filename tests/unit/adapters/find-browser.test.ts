import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findBrowser } from '../../e2e/find-browser';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findBrowser', () => {
  it('uses CHROMIUM_PATH first', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/c' }, only('/opt/c', DEBIAN_CHROMIUM), () => '/pw')).toEqual({
      executablePath: '/opt/c',
      source: 'CHROMIUM_PATH',
    });
  });

  it('refuses a CHROMIUM_PATH that does not exist', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/nope' }, only(DEBIAN_CHROMIUM), () => '/pw')).toThrow(
      /CHROMIUM_PATH/,
    );
  });

  it("then Debian's chromium, then Playwright's own", () => {
    expect(findBrowser({}, only(DEBIAN_CHROMIUM, '/pw'), () => '/pw').source).toBe('debian');
    expect(findBrowser({}, only('/pw'), () => '/pw')).toEqual({
      executablePath: '/pw',
      source: 'playwright',
    });
  });

  it('says how to get a browser when there is none', () => {
    expect(() => findBrowser({}, only(), () => '/pw')).toThrow(
      /apt-get install chromium.*npx playwright install chromium/s,
    );
  });
});
