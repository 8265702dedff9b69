/**
 * The message catalog of the validator, in French and English. Messages are templates with `{name}`
 * placeholders filled from a problem's parameters; they speak to scenario authors, not programmers.
 */

/** A language the validator speaks. */
export type MessageLang = 'fr' | 'en';

/** Parameters of a message. */
export type MessageParams = Record<string, string | number>;

type Catalog = Record<string, string>;

const EN: Catalog = {
  'json-syntax': 'The file is not valid JSON here: {expectedText}{foundText}.',
  'json-too-large':
    'The file is too large ({size} characters; the limit is {max}). Split it or remove unused content.',
  'json-too-deep': 'The content is nested too deeply (more than {max} levels).',
  'json-duplicate-key': 'The key "{key}" appears twice in the same object; only the first one is kept.',
  'json-forbidden-key': 'The key "{key}" is not allowed (it could corrupt the program). Rename or remove it.',
  'json-number-not-finite':
    'The number {value} is too large to be used (it would become "infinity"). Write an ordinary number.',
  'encoding-utf16':
    'The file is encoded in UTF-16 ({order}), not UTF-8: save it again as UTF-8 (in most editors, "Save with encoding" or "Encoding" then UTF-8).',
  'encoding-utf32': 'The file is encoded in UTF-32, not UTF-8: save it again as UTF-8.',
  'encoding-binary':
    "This is not a text file but a {format} file named like one: choose the scenario's .json file.",
  'encoding-invalid':
    'The byte 0x{byte} here is not UTF-8 text (the file was probably saved as Latin-1 or Windows-1252): save it again as UTF-8.',
  'schema-type': '{field}: expected {expectedText}, found {actualText}.',
  'schema-required': '{field}: "{key}" is missing.',
  'schema-additional': '"{key}" is not a known field here. Known fields: {allowed}.',
  'schema-enum': '{field}: "{value}" is not allowed. Allowed values: {allowed}.',
  'schema-const': '{field}: must be {expected}, found {value}.',
  'schema-minimum': '{field}: {value} is too small (at least {limit}).',
  'schema-maximum': '{field}: {value} is too large (at most {limit}).',
  'schema-exclusive-minimum': '{field}: {value} must be greater than {limit}.',
  'schema-exclusive-maximum': '{field}: {value} must be less than {limit}.',
  'schema-min-length': '{field}: the text is empty.',
  'schema-max-length': '{field}: the text is too long ({length} characters, at most {limit}).',
  'schema-pattern': '{field}: "{value}" is not a valid id (use lowercase letters, digits and dashes).',
  'schema-min-items': '{field}: at least {limit} expected, found {count}.',
  'schema-max-items': '{field}: at most {limit} expected, found {count}.',
  'schema-unique-items': '{field}: "{value}" is listed twice.',
  'schema-kind': 'Unknown value "{value}" for "{key}". Known values: {allowed}.',
  'schema-any-of':
    '{field}: this does not match any accepted shape (found: {actual}). Accepted shapes: {options}.',
  'format-missing': 'The file does not say which format version it uses: add "formatVersion": {current}.',
  'format-invalid': '"formatVersion" must be a whole number, found {value}.',
  'format-newer':
    'This file uses format version {version}, newer than this version of the game understands ({current}). Update the game or the tools.',
  'format-migrated':
    'This file uses the old format version {from}; it was converted to version {to}. Save the converted file to silence this.',
  'format-unknown-old': 'Format version {version} is too old: no conversion is known for it.',
  'duplicate-id': 'The {kind} id "{id}" is used twice. Ids must be unique.',
  'unknown-ref': '{owner} refers to the {kind} "{id}", which does not exist. Known: {known}.',
  'family-meter-missing': 'The trust meter of the family "{id}" is missing: add a meter with id "{id}".',
  'card-unreachable': 'The card "{id}" is in no phase and no choice leads to it: it can never be played.',
  'phase-empty': 'The phase "{id}" has no cards: it would be skipped.',
  'card-all-gated':
    'Every choice of the card "{id}" has a condition: when none holds, the card cannot be played (possible dead end).',
  'flag-never-set': 'The flag "{flag}" is tested but no choice ever sets it.',
  'flag-never-read': 'The flag "{flag}" is set but never tested: it has no effect.',
  'translation-missing': 'The text in "{lang}" is missing, but the scenario declares this language.',
  'languages-no-fr': 'French ("fr") must be among the declared languages: it is the source language.',
  'fallback-missing': 'No "end" ending without condition: add one, so every game has an ending.',
  'meter-bounds': 'The meter "{id}" must satisfy min <= initial <= max (here {min}, {initial}, {max}).',
  'thresholds-order':
    'The thresholds of the initiative "{id}" must increase: emerging <= running <= consolidated.',
  'unknown-asset': '{owner}: the {kind} "{value}" does not exist. Known: {known}.',
  'link-self': '{owner} links the actor "{id}" to itself.',
  'chain-loop': 'The cards {cards} chain into each other with no way out: the game would never leave them.',
  'chain-self':
    'The choice "{choice}" of the card "{id}" leads back to the same card: the card would play again and again. Lead it to another card, or remove "next".',
  'ending-never':
    'The ending "{id}" can never happen: its condition can never hold (a value asked beyond its meter\'s bounds, an empty range, or a flag both set and unset).',
  'codex-duplicate': 'The concept "{id}" is already defined in the shared codex.',
  'field-renamed': '"{old}" was renamed in format version {version}: use "{now}".',
  'otherwise-not-last':
    '{owner}: this entry of "{list}" has no "when", so it always applies and the ones after it never would. Put it last.',
  'feedback-missing':
    '{owner} has no "feedback": give one, or give every outcome a feedback and leave the last outcome without "when".',
  'delayed-no-trigger':
    '{owner}: a delayed consequence needs "afterTurns" (how many turns later), "when" (on what condition), or both.',
  'delayed-too-late':
    '{owner}: this consequence would land {after} turns later, but no session lasts that long (at most {longest} turns): it can never land.',
  'delayed-lapses-first':
    '{owner}: "within" ({within}) is shorter than "afterTurns" ({after}): the consequence would lapse before it could land.',
  'condition-never':
    '{owner}: this condition can never hold (its bounds do not meet, or it contradicts itself).',
  'condition-never-rule':
    '{owner}: this condition can never hold (its bounds do not meet, or it contradicts itself), so this rule would never apply.',
  'ceiling-self': 'The ceiling of the meter "{id}" names the meter itself: it cannot bound itself.',
};

const FR: Catalog = {
  'json-syntax': "Le fichier n'est pas du JSON valide à cet endroit : {expectedText}{foundText}.",
  'json-too-large':
    'Le fichier est trop gros ({size} caractères ; la limite est {max}). Découpez-le ou retirez le contenu inutile.',
  'json-too-deep': 'Le contenu est imbriqué trop profondément (plus de {max} niveaux).',
  'json-duplicate-key':
    'La clé « {key} » apparaît deux fois dans le même objet ; seule la première est gardée.',
  'json-forbidden-key':
    'La clé « {key} » est interdite (elle pourrait corrompre le programme). Renommez-la ou retirez-la.',
  'json-number-not-finite':
    'Le nombre {value} est trop grand pour être utilisé (il deviendrait « infini »). Écrivez un nombre ordinaire.',
  'encoding-utf16':
    "Le fichier est encodé en UTF-16 ({order}), pas en UTF-8 : enregistrez-le à nouveau en UTF-8 (dans la plupart des éditeurs, « Enregistrer avec l'encodage » ou « Encodage » puis UTF-8).",
  'encoding-utf32': 'Le fichier est encodé en UTF-32, pas en UTF-8 : enregistrez-le à nouveau en UTF-8.',
  'encoding-binary':
    "Ce n'est pas un fichier texte mais un fichier {format} qui en porte le nom : choisissez le fichier .json du scénario.",
  'encoding-invalid':
    "L'octet 0x{byte} à cet endroit n'est pas du texte UTF-8 (le fichier a sans doute été enregistré en Latin-1 ou Windows-1252) : enregistrez-le à nouveau en UTF-8.",
  'schema-type': '{field} : {expectedText} attendu, {actualText} trouvé.',
  'schema-required': '{field} : « {key} » manque.',
  'schema-additional': "« {key} » n'est pas un champ connu ici. Champs connus : {allowed}.",
  'schema-enum': "{field} : « {value} » n'est pas autorisé. Valeurs possibles : {allowed}.",
  'schema-const': '{field} : doit valoir {expected}, trouvé {value}.',
  'schema-minimum': '{field} : {value} est trop petit (au moins {limit}).',
  'schema-maximum': '{field} : {value} est trop grand (au plus {limit}).',
  'schema-exclusive-minimum': '{field} : {value} doit être supérieur à {limit}.',
  'schema-exclusive-maximum': '{field} : {value} doit être inférieur à {limit}.',
  'schema-min-length': '{field} : le texte est vide.',
  'schema-max-length': '{field} : le texte est trop long ({length} caractères, au plus {limit}).',
  'schema-pattern':
    "{field} : « {value} » n'est pas un identifiant valide (lettres minuscules, chiffres et tirets).",
  'schema-min-items': '{field} : au moins {limit} attendus, {count} trouvés.',
  'schema-max-items': '{field} : au plus {limit} attendus, {count} trouvés.',
  'schema-unique-items': '{field} : « {value} » figure deux fois.',
  'schema-kind': 'Valeur « {value} » inconnue pour « {key} ». Valeurs connues : {allowed}.',
  'schema-any-of':
    '{field} : cela ne correspond à aucune forme acceptée (trouvé : {actual}). Formes acceptées : {options}.',
  'format-missing':
    'Le fichier ne dit pas quelle version du format il utilise : ajoutez "formatVersion": {current}.',
  'format-invalid': '« formatVersion » doit être un nombre entier, trouvé {value}.',
  'format-newer':
    'Ce fichier utilise la version {version} du format, plus récente que celle que cette version du jeu comprend ({current}). Mettez à jour le jeu ou les outils.',
  'format-migrated':
    "Ce fichier utilise l'ancienne version {from} du format ; il a été converti en version {to}. Enregistrez le fichier converti pour ne plus voir ce message.",
  'format-unknown-old': "La version {version} du format est trop ancienne : aucune conversion n'est connue.",
  'duplicate-id':
    "L'identifiant de {kind} « {id} » est utilisé deux fois. Les identifiants doivent être uniques.",
  'unknown-ref': "{owner} cite {kind} « {id} », qui n'existe pas. Connus : {known}.",
  'family-meter-missing':
    "La jauge de confiance de la famille « {id} » manque : ajoutez une jauge d'identifiant « {id} ».",
  'card-unreachable':
    "La carte « {id} » n'est dans aucune phase et aucun choix n'y mène : elle ne peut jamais être jouée.",
  'phase-empty': "La phase « {id} » n'a aucune carte : elle serait sautée.",
  'card-all-gated':
    "Tous les choix de la carte « {id} » ont une condition : si aucune n'est remplie, la carte ne peut pas être jouée (impasse possible).",
  'flag-never-set': 'Le marqueur « {flag} » est testé mais aucun choix ne le pose.',
  'flag-never-read': "Le marqueur « {flag} » est posé mais jamais testé : il n'a aucun effet.",
  'translation-missing': 'Le texte en « {lang} » manque, alors que le scénario déclare cette langue.',
  'languages-no-fr':
    "Le français (« fr ») doit figurer parmi les langues déclarées : c'est la langue source.",
  'fallback-missing':
    'Aucune fin « end » sans condition : ajoutez-en une, pour que chaque partie ait une fin.',
  'meter-bounds': 'La jauge « {id} » doit respecter min <= initial <= max (ici {min}, {initial}, {max}).',
  'thresholds-order':
    "Les seuils de l'initiative « {id} » doivent croître : emerging <= running <= consolidated.",
  'unknown-asset': "{owner} : {kind} « {value} » n'existe pas. Connus : {known}.",
  'link-self': "{owner} relie l'acteur « {id} » à lui-même.",
  'chain-loop': "Les cartes {cards} s'enchaînent entre elles sans issue : la partie n'en sortirait jamais.",
  'codex-duplicate': 'Le concept « {id} » est déjà défini dans le codex partagé.',
  'chain-self':
    'Le choix « {choice} » de la carte « {id} » ramène à la même carte : elle se rejouerait sans fin. Menez-le vers une autre carte, ou retirez « next ».',
  'ending-never':
    'La fin « {id} » ne peut jamais arriver : sa condition ne peut jamais être remplie (une valeur demandée hors des bornes de sa jauge, un intervalle vide, ou un drapeau à la fois levé et baissé).',
  'field-renamed': '« {old} » a été renommé dans la version {version} du format : utilisez « {now} ».',
  'otherwise-not-last':
    "{owner} : cet élément de « {list} » n'a pas de « when » : il s'applique toujours et ceux qui le suivent jamais. Placez-le en dernier.",
  'feedback-missing':
    "{owner} n'a pas de « feedback » : donnez-en un, ou donnez-en un à chaque issue (outcomes) et laissez la dernière sans « when ».",
  'delayed-no-trigger':
    '{owner} : une conséquence différée a besoin de « afterTurns » (combien de tours plus tard), de « when » (à quelle condition), ou des deux.',
  'delayed-too-late':
    "{owner} : cette conséquence arriverait {after} tours plus tard, mais aucune partie ne dure aussi longtemps (au plus {longest} tours) : elle n'arrivera jamais.",
  'delayed-lapses-first':
    '{owner} : « within » ({within}) est plus court que « afterTurns » ({after}) : la conséquence expirerait avant de pouvoir arriver.',
  'condition-never':
    '{owner} : cette condition ne peut jamais être remplie (ses bornes ne se rencontrent pas, ou elle se contredit).',
  'condition-never-rule':
    "{owner} : cette condition ne peut jamais être remplie (ses bornes ne se rencontrent pas, ou elle se contredit) : cette règle ne s'appliquerait jamais.",
  'ceiling-self': 'Le plafond de la jauge « {id} » la cite elle-même : elle ne peut pas se borner elle-même.',
};

/** Words used inside messages: kinds of things, JSON types, syntax expectations. */
const WORDS: Record<MessageLang, Record<string, string>> = {
  en: {
    actor: 'actor',
    card: 'card',
    phase: 'phase',
    meter: 'meter',
    initiative: 'initiative',
    concept: 'concept',
    ending: 'ending',
    choice: 'choice',
    flag: 'flag',
    portrait: 'portrait',
    background: 'background',
    object: 'an object',
    array: 'a list',
    string: 'a text',
    number: 'a number',
    integer: 'a whole number',
    infinite: 'an infinite number',
    boolean: 'true or false',
    null: 'null',
    'exp-string': 'a text in double quotes expected',
    'exp-closing-quote': 'a text is not closed (missing ")',
    'exp-no-control': 'a line break or tab inside a text must be written \\n or \\t',
    'exp-unicode-escape': 'invalid \\u escape',
    'exp-escape': 'invalid escape after \\',
    'exp-value': 'a value expected',
    'exp-comma-or-bracket': '"," or "]" expected',
    'exp-comma-or-brace': '"," or "}" expected (a comma may be missing, or there is one too many)',
    'exp-colon': '":" expected after a key',
    'exp-end': 'unexpected content after the end',
    found: ', found "{found}"',
    'found-end': ', the file ends too early',
    file: 'The file',
  },
  fr: {
    actor: "l'acteur",
    card: 'la carte',
    phase: 'la phase',
    meter: 'la jauge',
    initiative: "l'initiative",
    concept: 'le concept',
    ending: 'la fin',
    choice: 'le choix',
    flag: 'le marqueur',
    portrait: 'le portrait',
    background: 'le fond de carte',
    object: 'un objet',
    array: 'une liste',
    string: 'un texte',
    number: 'un nombre',
    integer: 'un nombre entier',
    infinite: 'un nombre infini',
    boolean: 'true ou false',
    null: 'null',
    'exp-string': 'un texte entre guillemets droits attendu',
    'exp-closing-quote': 'un texte n\'est pas fermé (il manque ")',
    'exp-no-control': "un retour à la ligne ou une tabulation dans un texte s'écrit \\n ou \\t",
    'exp-unicode-escape': 'échappement \\u invalide',
    'exp-escape': 'échappement invalide après \\',
    'exp-value': 'une valeur attendue',
    'exp-comma-or-bracket': '« , » ou « ] » attendu',
    'exp-comma-or-brace':
      '« , » ou « } » attendu (il manque peut-être une virgule, ou il y en a une de trop)',
    'exp-colon': '« : » attendu après une clé',
    'exp-end': 'contenu inattendu après la fin',
    found: ', trouvé « {found} »',
    'found-end': ', le fichier se termine trop tôt',
    file: 'Le fichier',
  },
};

/** Words used by the owner descriptions (`Card "x"`, `La carte « x »`). */
const OWNER: Record<MessageLang, Record<string, string>> = {
  en: {
    actor: 'Actor',
    card: 'Card',
    phase: 'Phase',
    meter: 'Meter',
    initiative: 'Initiative',
    ending: 'Ending',
    concept: 'Concept',
    choice: 'choice',
    link: 'Link',
    evaluation: 'Evaluation',
    meta: 'Metadata',
    map: 'Map',
    drift: 'Drift rule',
  },
  fr: {
    actor: "L'acteur",
    card: 'La carte',
    phase: 'La phase',
    meter: 'La jauge',
    initiative: "L'initiative",
    ending: 'La fin',
    concept: 'Le concept',
    choice: 'choix',
    link: 'Le lien',
    evaluation: "L'évaluation",
    meta: 'Les métadonnées',
    map: 'La carte du territoire',
    drift: 'La règle de dérive',
  },
};

const fill = (template: string, params: MessageParams): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`,
  );

/** A word of the catalog (`card` → `la carte`). Unknown words come back unchanged. */
export function word(lang: MessageLang, key: string): string {
  return WORDS[lang][key] ?? key;
}

/** Describes the entity a JSON Pointer sits in, e.g. `Card "halle-vide", choice "ecouter"`. */
export function describeOwner(lang: MessageLang, path: string, root: unknown): string {
  const q = (id: string): string => (lang === 'fr' ? `« ${id} »` : `"${id}"`);
  const parts = path.split('/').slice(1);
  const plural: Record<string, string> = {
    actors: 'actor',
    cards: 'card',
    phases: 'phase',
    meters: 'meter',
    initiatives: 'initiative',
    endings: 'ending',
    concepts: 'concept',
    links: 'link',
    drift: 'drift',
  };
  const head = parts[0] ?? '';
  const kind = plural[head];
  if (kind === undefined) return OWNER[lang][head] ?? word(lang, 'file');
  const list = (root as Record<string, unknown> | null)?.[head];
  const item = Array.isArray(list)
    ? (list[Number(parts[1])] as Record<string, unknown> | undefined)
    : undefined;
  // A drift rule has no id: it is named by its number in the list (1, 2…).
  if (kind === 'drift') return `${OWNER[lang].drift} ${Number(parts[1] ?? 0) + 1}`;
  const id = typeof item?.id === 'string' ? item.id : `#${parts[1] ?? '?'}`;
  let text = `${OWNER[lang][kind] ?? kind} ${q(id)}`;
  if (kind === 'card' && parts[2] === 'choices') {
    const choices = item?.choices;
    const choice = Array.isArray(choices)
      ? (choices[Number(parts[3])] as Record<string, unknown> | undefined)
      : undefined;
    if (typeof choice?.id === 'string') text += `, ${OWNER[lang].choice} ${q(choice.id)}`;
  }
  return text;
}

/** The message of a code in a language, with its parameters filled in. */
export function renderMessage(lang: MessageLang, code: string, params: MessageParams): string {
  const catalog = lang === 'fr' ? FR : EN;
  const extra: MessageParams = { ...params };
  if (typeof params.expected === 'string') extra.expectedText = word(lang, params.expected);
  if (code === 'json-syntax') {
    extra.expectedText = word(lang, `exp-${String(params.expected)}`);
    extra.foundText = params.found === '' ? word(lang, 'found-end') : fill(word(lang, 'found'), params);
  }
  if (typeof params.actual === 'string') extra.actualText = word(lang, params.actual);
  if (typeof params.kind === 'string') extra.kind = word(lang, params.kind);
  return fill(catalog[code] ?? code, extra);
}

/** Every message code of the catalog (both languages have the same codes; a test checks it). */
export const MESSAGE_CODES: { fr: readonly string[]; en: readonly string[] } = {
  fr: Object.keys(FR),
  en: Object.keys(EN),
};
