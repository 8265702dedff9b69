/** Help texts of the author CLI, in English and French. */
import type { MessageLang } from '../scenario/validation';

const EN: Record<string, string> = {
  general: `Usage: npm run scenario -- <verb> [options]   (add --lang fr|en; --help after a verb for details)

Verbs:
  validate <files…>                       check scenario (and codex.json) files; exit 1 on any error
  simulate <file> [--runs N] [--seed S] [--policy random|principled|<posture>] [--json]
                                          play many random sessions and report statistics
  explore <file> [--max-states N] [--samples N] [--json]
                                          explore every choice of every reachable card (bounded)
  graph <file> [--format mermaid|dot]     phases, cards, chains and flags as a graph
  strings export <file> --lang L [--format csv|po] [--out F]
  strings import <file> <translations> --lang L [--format csv|po]
                                          translator round trip keyed by stable ids
  new <id> [--dir D]                      write a starter scenario that validates and plays
  play <file> [--seed N] [--choices 1,2,…]
                                          play one session in text mode (choices typed, or given)
  migrate <file> [--write]                convert a file to the current format (layout kept)
  analyse <file> [--json] [--runs N] [--strict]
                                          dilemma analysis: policies, tell rate, budgets

Exit codes: 0 fine, 1 problems found, 2 usage error.`,
  validate: `Usage: npm run scenario -- validate <files…> [--lang fr|en]

Checks each file: JSON syntax, format version (older files are converted, newer refused), the schema
(scenarios/schema/scenario.schema.json), references, flags, reachability, endings and translations.
A file named codex.json is checked as the shared codex; a scenario is checked against the codex.json
next to it. Prints every problem as  file:line:column  /json/path  message. Exit 1 on any error.`,
  simulate: `Usage: npm run scenario -- simulate <file> [--runs 1000] [--seed 1] [--policy random|principled|<posture>] [--json]

Plays N sessions with the fast rules. Policy "random" picks any available choice; a posture tag
(e.g. cooperative, top-down) picks among the available choices tagged with it, else at random;
"principled" picks among the choices with a principled posture (cooperative, participatory,
needs-first, patient, hybrid-resources, peer-evaluation) and no contrary one, else among those with
no contrary posture, else at random.
Reports endings, how often each card is drawn (never-drawn cards listed), how often each choice is
picked, session length in turns and estimated minutes (min/mean/max) and meter extremes.
Estimated minutes = words read (phase intros, card text, every offered choice, the chosen feedback)
/ 180 words per minute + 15 s per decision.`,
  explore: `Usage: npm run scenario -- explore <file> [--max-states 100000] [--samples 2000] [--json]

Systematic exploration: every card that can be drawn and every available choice, deduplicating
identical states. When the state bound is hit, the coverage is completed with simulated sessions
(--samples with "random" and with "principled", a tenth of it with each posture). Reports cards and
endings never reached (proved unreachable when the exploration was complete), dead ends and
sessions that never end (more than 3 × the sum of maxTurns). Exit 1 on any of them.`,
  graph: `Usage: npm run scenario -- graph <file> [--format mermaid|dot]

Prints the phases (with their cards), the chains between cards (labelled with the choice) and, for
each flag, the cards that set it and the cards or endings that read it.`,
  strings: `Usage:
  npm run scenario -- strings export <file> --lang en [--format csv|po] [--out file]
  npm run scenario -- strings import <file> <translations.csv|po> --lang en [--format csv|po]

Export lists every text in story order with a stable id (card.<id>.text, phase.<id>.intro,
card.<id>.choice.<id>.feedback, ending.<id>.debrief.0 …), the French source, the translation, its
status and a short hash of the French source. Import writes the translations into the scenario file
(only the changed strings; formatting is kept) and warns about stale rows, whose French changed
since the export.`,
  new: `Usage: npm run scenario -- new <id> [--dir scenarios]

Writes <dir>/<id>.json: a small starter scenario (four actors, two phases, four cards, two endings)
that passes validation and plays to an ending. Refuses to overwrite an existing file unless --force.`,
  play: `Usage: npm run scenario -- play <file> [--lang fr|en] [--seed 1] [--choices 1,2,1,…]

Plays one session with the game's engine and prints what a player reads: each phase intro, each
card (speaker, text, numbered choices, discussion prompts), the choice made, its feedback, its
concepts and what changed (meters, links, initiatives, flags), then the ending, the evaluation, the
debrief questions and the story. --lang is the language of the texts.
Without --choices, type a choice's number at each card (q or end of input stops). With --choices,
the numbers are played in order and the session stops, saying where, when they run out; a number
that a card does not offer is a usage error. The last line gives the command that replays the
session, so a playthrough can be shared and continued.`,
  migrate: `Usage: npm run scenario -- migrate <file> [--write] [--lang fr|en]

Converts a scenario file to the current format version (2). Format 1 files change in two places
only: "formatVersion" becomes 2 and meta.choicePreview is renamed meta.preview; the key order,
the indentation and the objects written on one line are kept, and the scenario plays exactly as
before. (Older draft files, format 0, are rewritten as 2-space JSON.) Without --write the converted
text is printed; with --write the file is rewritten. The result is validated: exit 1 on any error.`,
  analyse: `Usage: npm run scenario -- analyse <file> [--json] [--lang fr|en] [--runs 1000] [--expert-runs 200]
                                   [--rollouts 8] [--seed 1] [--strict]

Does the scenario offer honest dilemmas? Simulated players play it: random, each posture, principled,
preview-greedy (the biggest visible gain) and expert (looks ahead by playing K possible futures of
each choice). The report gives their success, the tell rate (how often the principled answer is also
the biggest visible gain), the context-dependent cards, the cards where every choice costs, the
dominated choices and what comes back two or more phases later, with the budgets of issue #14
(PASS/FAIL) and the definitions as footnotes (also in docs/authoring/analyse.en.md). Exit 0, unless
--strict and an applicable budget fails.`,
};

const FR: Record<string, string> = {
  general: `Usage : npm run scenario -- <verbe> [options]   (ajoutez --lang fr|en ; --help après un verbe pour le détail)

Verbes :
  validate <fichiers…>                    vérifie des scénarios (et codex.json) ; code 1 s'il y a une erreur
  simulate <fichier> [--runs N] [--seed S] [--policy random|principled|<posture>] [--json]
                                          joue de nombreuses parties et en donne les statistiques
  explore <fichier> [--max-states N] [--samples N] [--json]
                                          explore chaque choix de chaque carte atteignable (borné)
  graph <fichier> [--format mermaid|dot]  phases, cartes, enchaînements et marqueurs en graphe
  strings export <fichier> --lang L [--format csv|po] [--out F]
  strings import <fichier> <traductions> --lang L [--format csv|po]
                                          aller-retour de traduction, clés stables
  new <id> [--dir D]                      écrit un scénario de départ valide et jouable
  play <fichier> [--seed N] [--choices 1,2,…]
                                          joue une partie en mode texte (choix tapés, ou donnés)
  migrate <fichier> [--write]             convertit un fichier au format actuel (mise en page gardée)
  analyse <fichier> [--json] [--runs N] [--strict]
                                          analyse des dilemmes : politiques, taux d'évidence, budgets

Codes de sortie : 0 tout va bien, 1 problèmes trouvés, 2 erreur d'usage.`,
  validate: `Usage : npm run scenario -- validate <fichiers…> [--lang fr|en]

Vérifie chaque fichier : syntaxe JSON, version du format (les anciennes sont converties, les plus
récentes refusées), le schéma (scenarios/schema/scenario.schema.json), les références, les marqueurs,
l'accessibilité des cartes, les fins et les traductions. Un fichier nommé codex.json est vérifié comme
le codex partagé ; un scénario est vérifié avec le codex.json voisin. Chaque problème s'affiche
ainsi : fichier:ligne:colonne  /chemin/json  message. Code 1 s'il y a une erreur.`,
  simulate: `Usage : npm run scenario -- simulate <fichier> [--runs 1000] [--seed 1] [--policy random|principled|<posture>] [--json]

Joue N parties avec les règles rapides. La politique « random » prend un choix disponible au hasard ;
une posture (ex. cooperative, top-down) prend parmi les choix qui la portent, sinon au hasard ;
« principled » prend parmi les choix qui portent une posture fidèle aux principes (cooperative,
participatory, needs-first, patient, hybrid-resources, peer-evaluation) et aucune posture contraire,
sinon parmi ceux sans posture contraire, sinon au hasard.
Donne les fins, la fréquence de tirage de chaque carte (cartes jamais tirées listées), de chaque
choix, la durée en tours et en minutes estimées (min/moyenne/max) et les extrêmes des jauges.
Minutes estimées = mots lus (introductions de phase, texte de carte, choix proposés, retour du choix)
/ 180 mots par minute + 15 s par décision.`,
  explore: `Usage : npm run scenario -- explore <fichier> [--max-states 100000] [--samples 2000] [--json]

Exploration systématique : chaque carte qui peut être tirée et chaque choix disponible, en
fusionnant les états identiques. Si la borne d'états est atteinte, la couverture est complétée par
des parties simulées (--samples avec « random » et avec « principled », un dixième avec chaque
posture). Signale les cartes et fins jamais atteintes (prouvées inatteignables si l'exploration est
complète), les impasses et les parties sans fin (plus de 3 × la somme des maxTurns). Code 1 si l'un
d'eux existe.`,
  graph: `Usage : npm run scenario -- graph <fichier> [--format mermaid|dot]

Affiche les phases (avec leurs cartes), les enchaînements entre cartes (étiquetés par le choix) et,
pour chaque marqueur, les cartes qui le posent et les cartes ou fins qui le lisent.`,
  strings: `Usage :
  npm run scenario -- strings export <fichier> --lang en [--format csv|po] [--out fichier]
  npm run scenario -- strings import <fichier> <traductions.csv|po> --lang en [--format csv|po]

L'export liste chaque texte dans l'ordre de l'histoire avec un identifiant stable, la source
française, la traduction, son état et une courte empreinte du français. L'import réécrit les
traductions dans le scénario (seulement les textes modifiés ; la mise en forme est gardée) et signale
les lignes périmées, dont le français a changé depuis l'export.`,
  new: `Usage : npm run scenario -- new <id> [--dir scenarios]

Écrit <dir>/<id>.json : un petit scénario de départ (quatre acteurs, deux phases, quatre cartes,
deux fins) qui passe la validation et se joue jusqu'à une fin. N'écrase pas un fichier existant sans --force.`,
  play: `Usage : npm run scenario -- play <fichier> [--lang fr|en] [--seed 1] [--choices 1,2,1,…]

Joue une partie avec le moteur du jeu et affiche ce que lit une joueuse ou un joueur : chaque
introduction de phase, chaque carte (personne qui parle, texte, choix numérotés, pistes de
discussion), le choix fait, son retour, ses notions et ce qui a bougé (jauges, liens, initiatives,
marqueurs), puis la fin, l'évaluation, les questions de débriefing et la mise en récit. --lang est la
langue des textes.
Sans --choices, tapez le numéro d'un choix à chaque carte (q ou fin de l'entrée pour arrêter). Avec
--choices, les numéros sont joués dans l'ordre et la partie s'arrête, en disant où, quand ils sont
épuisés ; un numéro qu'une carte ne propose pas est une erreur d'usage. La dernière ligne donne la
commande qui rejoue la partie : on peut la partager et la poursuivre.`,
  migrate: `Usage : npm run scenario -- migrate <fichier> [--write] [--lang fr|en]

Convertit un scénario à la version actuelle du format (2). Un fichier au format 1 ne change qu'en
deux endroits : « formatVersion » passe à 2 et meta.choicePreview est renommé meta.preview ; l'ordre
des clés, l'indentation et les objets écrits sur une ligne sont gardés, et le scénario se joue
exactement comme avant. (Les brouillons au format 0 sont réécrits en JSON indenté de 2 espaces.) Sans
--write, le texte converti est affiché ; avec --write, le fichier est réécrit. Le résultat est
validé : code 1 s'il y a une erreur.`,
  analyse: `Usage : npm run scenario -- analyse <fichier> [--json] [--lang fr|en] [--runs 1000] [--expert-runs 200]
                                     [--rollouts 8] [--seed 1] [--strict]

Le scénario propose-t-il de vrais dilemmes ? Des joueurs simulés le jouent : au hasard, selon chaque
posture, fidèle aux principes, avide (le plus grand gain visible) et expert (qui anticipe en jouant K
futurs possibles de chaque choix). Le rapport donne leur réussite, le taux d'évidence (à quelle
fréquence la réponse fidèle aux principes est aussi le plus grand gain visible), les cartes qui
dépendent du contexte, celles où chaque choix coûte, les choix dominés et ce qui revient deux phases
plus tard ou davantage, avec les budgets de l'issue #14 (PASS/FAIL) et les définitions en notes (aussi
dans docs/authoring/analyse.fr.md). Code 0, sauf avec --strict si un budget applicable échoue.`,
};

/** Help texts by language and verb (`general` for the overview). */
export const HELP: Record<MessageLang, Record<string, string>> = { en: EN, fr: FR };
