/**
 * A starter scenario for `scenario new <id>`: the smallest complete example of the format (four
 * actors, the four trust meters and a cooperation meter, two phases, four cards with a chain and a
 * flag, two endings, two local concepts). It validates and plays to an ending.
 */
import { FORMAT_VERSION, type Choice, type LocalizedText, type Scenario } from '../format';

const t = (fr: string, en: string): LocalizedText => ({ fr, en });

const choice = (
  id: string,
  text: LocalizedText,
  feedback: LocalizedText,
  rest: Partial<Choice> = {},
): Choice => ({
  id,
  text,
  effects: [],
  feedback,
  concepts: [],
  postures: [],
  ...rest,
});

/**
 * A new, valid, playable scenario with the given id; `schema` is the path of the JSON Schema from the
 * file's folder (editors autocomplete with it), `./schema/scenario.schema.json` for a file in scenarios/.
 */
export function starterScenario(id: string, schema = './schema/scenario.schema.json'): Scenario {
  return {
    $schema: schema,
    formatVersion: FORMAT_VERSION,
    meta: {
      id,
      version: 1,
      title: t('Nouveau scénario', 'New scenario'),
      summary: t(
        'Un territoire à décrire, quatre familles d’acteurs à réunir.',
        'A territory to describe, four families of actors to bring together.',
      ),
      territory: 'urbain',
      languages: ['fr', 'en'],
      durationMinutes: 5,
      audiences: ['solo'],
      objectives: [
        t(
          'Partir des besoins avant de chercher une solution.',
          'Start from needs before looking for a solution.',
        ),
      ],
      credits: [t('Scénario de départ à réécrire.', 'Starter scenario, to be rewritten.')],
      preview: 'stakes',
    },
    actors: [
      {
        id: 'elue',
        family: 'elus',
        name: 'Claire Dumont',
        role: t('Adjointe au maire', 'Deputy mayor'),
        portrait: 'portrait-01',
        position: { x: 50, y: 25 },
      },
      {
        id: 'voisin',
        family: 'habitants',
        name: 'Ahmed Saïdi',
        role: t('Habitant du quartier', 'Local resident'),
        portrait: 'portrait-02',
        position: { x: 25, y: 60 },
      },
      {
        id: 'garagiste',
        family: 'entreprises',
        name: 'Lucie Perrin',
        role: t('Garagiste', 'Car mechanic'),
        portrait: 'portrait-03',
        position: { x: 75, y: 60 },
      },
      {
        id: 'centre-social',
        family: 'associations',
        name: 'Paul Ndiaye',
        role: t('Directeur du centre social', 'Community centre director'),
        portrait: 'portrait-04',
        position: { x: 50, y: 80 },
      },
    ],
    meters: [
      {
        id: 'elus',
        label: t('Confiance des élu·es', 'Elected officials’ trust'),
        min: 0,
        max: 100,
        initial: 50,
      },
      {
        id: 'habitants',
        label: t('Confiance des habitant·es', 'Residents’ trust'),
        min: 0,
        max: 100,
        initial: 50,
      },
      {
        id: 'entreprises',
        label: t('Confiance des entreprises', 'Businesses’ trust'),
        min: 0,
        max: 100,
        initial: 50,
      },
      {
        id: 'associations',
        label: t('Confiance des associations', 'Associations’ trust'),
        min: 0,
        max: 100,
        initial: 50,
      },
      { id: 'cooperation', label: t('Coopération', 'Cooperation'), min: 0, max: 100, initial: 10 },
    ],
    links: [{ from: 'elue', to: 'centre-social', strength: 1 }],
    map: { template: 'quartier' },
    phases: [
      {
        id: 'diagnostic',
        step: 'diagnostic',
        title: t('Diagnostic partagé', 'Shared diagnosis'),
        intro: t('Avant d’agir, écoutez le quartier.', 'Before acting, listen to the neighbourhood.'),
        cards: ['premiere-rencontre', 'atelier'],
        maxTurns: 2,
      },
      {
        id: 'coconstruction',
        step: 'coconstruction',
        title: t('Coconstruction', 'Co-construction'),
        intro: t('Il est temps de décider ensemble.', 'Time to decide together.'),
        cards: ['decision'],
        maxTurns: 1,
      },
    ],
    cards: [
      {
        id: 'premiere-rencontre',
        speaker: 'voisin',
        priority: 1,
        text: t(
          '« Ici, il manque un endroit pour réparer ce qui casse. »',
          '"What we lack here is a place to fix what breaks."',
        ),
        choices: [
          choice(
            'ecouter',
            t('Organiser une réunion ouverte sur ce besoin.', 'Hold an open meeting about this need.'),
            t(
              'Une vingtaine de personnes viennent. Le besoin se confirme.',
              'Some twenty people come. The need is confirmed.',
            ),
            {
              effects: [
                { type: 'meter', meter: 'habitants', delta: 10 },
                { type: 'meter', meter: 'cooperation', delta: 10 },
                { type: 'flag', flag: 'besoin-partage' },
              ],
              concepts: ['besoin-partage'],
              postures: ['needs-first', 'participatory'],
              next: 'garage',
            },
          ),
          choice(
            'decider',
            t('Promettre un atelier municipal clé en main.', 'Promise a turnkey municipal workshop.'),
            t(
              'L’adjointe est ravie ; le voisinage, beaucoup moins.',
              'The deputy mayor is delighted; the neighbours, much less so.',
            ),
            {
              effects: [
                { type: 'meter', meter: 'elus', delta: 10 },
                { type: 'meter', meter: 'habitants', delta: -10 },
              ],
              concepts: ['cle-en-main'],
              postures: ['top-down'],
            },
          ),
        ],
      },
      {
        id: 'garage',
        speaker: 'garagiste',
        text: t(
          '« Je peux prêter des outils, si on ne me fait pas concurrence. »',
          '"I can lend tools, as long as nobody competes with me."',
        ),
        choices: [
          choice(
            'accord',
            t(
              'Fixer ensemble ce que l’atelier fera et ne fera pas.',
              'Agree together on what the workshop will and will not do.',
            ),
            t('Un accord simple, et une alliée de plus.', 'A simple agreement, and one more ally.'),
            {
              effects: [
                { type: 'meter', meter: 'entreprises', delta: 15 },
                { type: 'link', from: 'garagiste', to: 'voisin', delta: 1 },
              ],
              concepts: ['besoin-partage'],
              postures: ['cooperative'],
            },
          ),
          choice(
            'ignorer',
            t('Remercier poliment et passer à la suite.', 'Thank her politely and move on.'),
            t('Elle se sent mise de côté.', 'She feels left out.'),
            {
              effects: [{ type: 'meter', meter: 'entreprises', delta: -10 }],
              postures: ['rushed'],
            },
          ),
        ],
      },
      {
        id: 'atelier',
        speaker: 'centre-social',
        text: t('« Nous avons une salle libre le samedi. »', '"We have a free room on Saturdays."'),
        choices: [
          choice(
            'accepter',
            t(
              'Proposer un premier atelier test le mois prochain.',
              'Offer a first trial workshop next month.',
            ),
            t('La salle se remplit vite.', 'The room fills up quickly.'),
            {
              effects: [
                { type: 'meter', meter: 'associations', delta: 10 },
                { type: 'meter', meter: 'cooperation', delta: 10 },
              ],
              postures: ['patient'],
            },
          ),
          choice(
            'attendre',
            t('Attendre d’avoir un financement.', 'Wait until there is funding.'),
            t('Le projet s’endort un peu.', 'The project dozes off a little.'),
            {
              effects: [{ type: 'meter', meter: 'associations', delta: -5 }],
              postures: ['single-funder'],
            },
          ),
        ],
      },
      {
        id: 'decision',
        speaker: 'elue',
        text: t(
          '« Le conseil vote bientôt. Que présente-t-on ? »',
          '"The council votes soon. What do we present?"',
        ),
        choices: [
          choice(
            'ensemble',
            t(
              'Un projet porté par le voisinage et le centre social.',
              'A project carried by the neighbours and the community centre.',
            ),
            t(
              'Le conseil soutient un projet qui vient du quartier.',
              'The council backs a project that comes from the neighbourhood.',
            ),
            {
              when: { flag: 'besoin-partage' },
              effects: [
                { type: 'meter', meter: 'cooperation', delta: 20 },
                { type: 'meter', meter: 'elus', delta: 5 },
              ],
              concepts: ['besoin-partage'],
              postures: ['cooperative', 'participatory'],
            },
          ),
          choice(
            'seul',
            t('Un dossier que vous rédigez sans les autres.', 'A file you write without the others.'),
            t('Le dossier passe, sans enthousiasme.', 'The file goes through, without enthusiasm.'),
            {
              effects: [
                { type: 'meter', meter: 'elus', delta: 5 },
                { type: 'meter', meter: 'habitants', delta: -5 },
              ],
              concepts: ['cle-en-main'],
              postures: ['top-down'],
            },
          ),
        ],
      },
    ],
    endings: [
      {
        id: 'atelier-partage',
        kind: 'success',
        at: 'end',
        priority: 1,
        when: { meter: 'cooperation', atLeast: 35 },
        title: t('Un atelier partagé', 'A shared workshop'),
        text: t(
          'L’atelier de réparation ouvre, porté par le quartier.',
          'The repair workshop opens, carried by the neighbourhood.',
        ),
        debrief: [t('Qu’est-ce qui a rendu cela possible ?', 'What made this possible?')],
      },
      {
        id: 'projet-fragile',
        kind: 'partial',
        at: 'end',
        title: t('Un projet fragile', 'A fragile project'),
        text: t(
          'Quelque chose ouvre, mais peu de monde s’en sent responsable.',
          'Something opens, but few people feel it is theirs.',
        ),
      },
    ],
    evaluation: {
      cooperation: [{ meter: 'cooperation', weight: 2 }, { linkStrength: 4 }],
      powerToAct: [{ meter: 'habitants' }, { flag: 'besoin-partage' }],
      needsMet: [{ flag: 'besoin-partage' }],
      durability: [{ meter: 'elus' }, { meter: 'entreprises' }],
    },
    concepts: [
      {
        id: 'besoin-partage',
        title: t('Besoin partagé', 'Shared need'),
        text: t(
          'Un besoin reconnu par plusieurs familles d’acteurs.',
          'A need recognised by several families of actors.',
        ),
        source: 'Fiche 2.6 – innovation sociale, R&D territoriale, expérimentation collective',
      },
      {
        id: 'cle-en-main',
        title: t('Solution clé en main', 'Turnkey solution'),
        text: t(
          'Une réponse décidée sans ceux qui vivront avec.',
          'An answer decided without those who will live with it.',
        ),
        source: 'Fiche 1.4 – valoriser et diffuser collectivement les initiatives',
      },
    ],
  };
}
