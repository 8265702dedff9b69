import type { Translate } from '../../adapters/i18n';
import { el, textButton } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';

/** Copies text to the clipboard; false when the browser refuses (no secure context, no permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The QR code of a text, drawn as SVG elements (no markup string): one path of dark modules. The
 * encoder (uqr, no eval) is loaded on demand, in its own chunk.
 */
async function qrCode(text: string, label: string): Promise<SVGSVGElement> {
  const { encode } = await import('uqr');
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const image = document.createElementNS(SVG, 'svg');
  image.setAttribute('viewBox', `0 0 ${size} ${size}`);
  image.setAttribute('role', 'img');
  image.setAttribute('aria-label', label);
  image.setAttribute('class', 'formation-qr');
  image.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#ffffff');
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000000');
  image.append(background, modules);
  return image;
}

/**
 * The session code, never to be typed: the code as selectable text, a "Copier le code" button (the
 * Clipboard API, with a visible confirmation; where it is refused, the code is selected for Ctrl+C) and
 * its QR code, drawn when the section is built.
 */
export function sessionCodeTools(t: Translate, code: string): HTMLElement {
  const text = el('code', { className: 'formation-code-text', text: code });
  const copy = textButton(t('exports.code.copy'), 'button');
  const status = el('p', { className: 'formation-code-status', attrs: { role: 'status' } });
  const figure = el('figure', { className: 'formation-code-qr' }, [
    el('figcaption', { text: t('exports.code.qrHint') }),
  ]);
  copy.addEventListener('click', () => {
    void copyText(code).then((done) => {
      status.textContent = done ? t('exports.code.copied') : t('exports.code.copyFailed');
      if (!done) {
        const range = document.createRange();
        range.selectNodeContents(text);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    });
  });
  void qrCode(code, t('exports.code.qr', { code })).then(
    (image) => figure.prepend(image),
    () => figure.remove(),
  );
  return el('div', { className: 'formation-code' }, [
    el('p', {}, [text]),
    el('div', { className: 'formation-code-actions no-print' }, [copy, status]),
    figure,
  ]);
}
