import type { Debrief } from '../engine/debrief/debrief-types';

/** The texts of the summary card, already translated. */
export interface SummaryTexts {
  appName: string;
  kind: string;
  dimensions: { label: string; value: number }[];
  code: string;
  date: string;
}

/** Wraps text into lines that fit `width` on the canvas. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the session summary card (1200×675) with 2D text and simple shapes. */
export function drawSummary(canvas: HTMLCanvasElement, debrief: Debrief, texts: SummaryTexts): void {
  canvas.width = 1200;
  canvas.height = 675;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const font = "'Atkinson Hyperlegible', 'Segoe UI', system-ui, sans-serif";
  ctx.fillStyle = '#f7f1e3';
  ctx.fillRect(0, 0, 1200, 675);
  ctx.fillStyle = '#1d6f74';
  ctx.fillRect(0, 0, 1200, 16);
  ctx.fillStyle = '#1f3a3d';
  ctx.font = `700 28px ${font}`;
  ctx.fillText(texts.appName, 60, 70);
  ctx.font = `400 24px ${font}`;
  ctx.fillStyle = '#4a5f61';
  ctx.fillText(debrief.scenarioTitle, 60, 108);
  ctx.fillStyle = '#1d6f74';
  ctx.font = `700 22px ${font}`;
  ctx.fillText(texts.kind.toUpperCase(), 60, 168);
  ctx.fillStyle = '#1f3a3d';
  ctx.font = `700 44px ${font}`;
  let y = 220;
  for (const line of wrap(ctx, debrief.ending.title, 1080).slice(0, 2)) {
    ctx.fillText(line, 60, y);
    y += 52;
  }
  y += 20;
  ctx.font = `400 26px ${font}`;
  for (const dimension of texts.dimensions) {
    ctx.fillStyle = '#1f3a3d';
    ctx.fillText(dimension.label, 60, y + 24);
    ctx.fillStyle = '#eee4cc';
    ctx.fillRect(520, y, 500, 28);
    ctx.fillStyle = '#1d6f74';
    ctx.fillRect(520, y, 5 * Math.max(0, Math.min(100, dimension.value)), 28);
    ctx.fillStyle = '#1f3a3d';
    ctx.fillText(String(dimension.value), 1040, y + 24);
    y += 56;
  }
  ctx.fillStyle = '#4a5f61';
  ctx.font = `400 22px ${font}`;
  ctx.fillText(`${texts.code}  ·  ${texts.date}`, 60, 640);
}

/** Renders the card and returns a blob URL of the PNG (null if the browser cannot). */
export function summaryPng(debrief: Debrief, texts: SummaryTexts): Promise<string | null> {
  const canvas = document.createElement('canvas');
  drawSummary(canvas, debrief, texts);
  return new Promise((resolve) => {
    try {
      canvas.toBlob((blob) => resolve(blob ? URL.createObjectURL(blob) : null), 'image/png');
    } catch {
      resolve(null);
    }
  });
}
