/**
 * The map templates (1600 × 900): an urban district beside a metropolis, a rural valley, a former
 * industrial town, a suburban town with a cultural venue and a Pyrenean valley. Muted mid-tones and no
 * text, so that actor markers and threads stay readable.
 */
import { mapDefs } from './map-parts';
import { quartierBody } from './map-quartier';
import { valleeBody } from './map-vallee';
import { industrielleBody } from './map-industrielle';
import { banlieueBody } from './map-banlieue';
import { pyreneesBody } from './map-pyrenees';
import { svgDoc } from './svg';

/** A map template: its file id, accessible title and description, and its drawing. */
interface MapTemplate {
  id: 'quartier' | 'vallee' | 'ville-industrielle' | 'banlieue-culturelle' | 'vallee-pyreneenne';
  title: string;
  desc: string;
  body: () => string;
}

/** The templates, in the order the game offers them. */
export const MAPS: readonly MapTemplate[] = [
  {
    id: 'quartier',
    title: 'Carte : quartier prioritaire aux portes d’une métropole',
    desc: 'Tours et barres, place du marché, école, jardins partagés, pavillons, zone d’activités, périphérique et tramway vers le centre de la métropole.',
    body: quartierBody,
  },
  {
    id: 'vallee',
    title: 'Carte : vallée rurale',
    desc: 'Rivière, champs, forêts, hameaux et un petit bourg avec son église et son pont.',
    body: valleeBody,
  },
  {
    id: 'ville-industrielle',
    title: 'Carte : ancienne ville industrielle',
    desc: 'Halles de brique et cheminées d’usine, voie ferrée et gare, canal, centre-ville, maisons ouvrières, jardins familiaux et terril.',
    body: industrielleBody,
  },
  {
    id: 'banlieue-culturelle',
    title: 'Carte : ville de banlieue autour d’un lieu culturel',
    desc: 'Ancienne usine de brique devenue lieu culturel, avec sa cheminée, sa cour, son mur peint et son jardin ; cités, ligne de RER et sa gare, halle du marché, mairie sur sa place, maisons de ville, fleuve et métropole au loin.',
    body: banlieueBody,
  },
  {
    id: 'vallee-pyreneenne',
    title: 'Carte : vallée des Pyrénées',
    desc: 'Montagnes enneigées et forêts de sapins, torrent, villages aux toits d’ardoise, petite ville avec sa halle, fermes et prairies, ancienne scierie au bord de l’eau, route et arrêt de car, microcentrale et toits solaires.',
    body: pyreneesBody,
  },
];

/** Every map file, keyed by its path relative to the repository root. */
export function mapFiles(): [string, string][] {
  return MAPS.map((m) => [
    `assets/art/maps/${m.id}.svg`,
    svgDoc({ width: 1600, height: 900, title: m.title, desc: m.desc, defs: mapDefs(), body: m.body() }),
  ]);
}
