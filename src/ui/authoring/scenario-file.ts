import type { Scenario } from '../../scenario/format';

/** The text of a scenario as a single shareable .json file (2-space JSON, as the CLI writes it). */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** The file name a scenario is exported under: its id, safe for every file system. */
export function scenarioFileName(scenario: Scenario): string {
  const safe = scenario.meta.id.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'scenario'}.json`;
}

/** Offers a text file for download (a temporary object URL on a link that is clicked once). */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Offers bytes for download (an archive). */
export function downloadBytes(name: string, data: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([data as BlobPart], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
