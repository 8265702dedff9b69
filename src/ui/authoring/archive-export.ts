/**
 * The export of a scenario with its images as a .zip of stored entries (fflate's writer, handed in
 * by the authoring kit). Its own chunk, with the writer's: loaded only when a scenario opened from an
 * archive is exported.
 */
import type { ArchiveImage } from '../../engine/authoring/open-archive';
import type { writeZip } from '../../engine/authoring/zip-write';
import type { Scenario } from '../../scenario/format';
import { scenarioFileName, scenarioFileText } from './scenario-file';

/** The bytes of a scenario's archive: its .json file and its images, in a .zip of stored entries. */
export function scenarioArchive(
  scenario: Scenario,
  images: ReadonlyMap<string, ArchiveImage>,
  zip: typeof writeZip,
): Uint8Array {
  return zip([
    { name: scenarioFileName(scenario), data: new TextEncoder().encode(scenarioFileText(scenario)) },
    ...[...images.values()].map((image) => ({ name: image.name, data: image.data })),
  ]);
}

/** The file name a scenario's archive is exported under. */
export function scenarioArchiveName(scenario: Scenario): string {
  return scenarioFileName(scenario).replace(/\.json$/, '.zip');
}
