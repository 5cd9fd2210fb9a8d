// Lower-case particles inside people's names (Arabic, Dutch, German, French, Italian, Spanish, Portuguese).

/**
 * Particles written as a word of their own between a given name and a surname ("Osama bin Laden", "Ludwig van
 * Beethoven", "Charles de Gaulle", "Ursula von der Leyen"). `person`: the particle names a person wherever it stands
 * between two capitalised words (no head), where "de", "la", "da" also join places' and companies' names ("Rio de
 * Janeiro", "Banco de Mexico"), whose heads and the gazetteer read them.
 */
export const SPACED_PARTICLES: ReadonlyMap<string, { person: boolean }> = new Map([
  ['bin', { person: true }],
  ['ibn', { person: true }],
  ['bint', { person: true }],
  ['van', { person: true }],
  ['von', { person: true }],
  ['ter', { person: true }],
  // (German: "Dieter zur Loye", "Karl-Theodor zu Guttenberg")
  ['zu', { person: true }],
  ['zur', { person: true }],
  ['zum', { person: true }],
  ['ten', { person: false }],
  ['der', { person: false }],
  ['den', { person: false }],
  ['de', { person: false }],
  ['du', { person: false }],
  ['da', { person: false }],
  ['di', { person: false }],
  ['del', { person: false }],
  ['della', { person: false }],
  ['dos', { person: false }],
  ['das', { person: false }],
  ['la', { person: false }],
  ['le', { person: false }],
  // (inside places' names too: "Dar es Salaam", "Ras al Khaimah"; "Bashar al Assad" without its hyphen)
  ['es', { person: false }],
  ['al', { person: false }],
]);

/** Most particles side by side in one name ("von der Leyen", "van den Broek", "de la Rua"). */
export const PARTICLES_IN_A_ROW = 2;

/**
 * Particles joined to the surname by a hyphen ("Bashar al-Assad", "Ayman al-Zawahiri", "Abdel Fattah el-Sisi",
 * "Salah ad-Din"): the whole word is the surname; the part after the hyphen, capitalised, is the surname written alone
 * ("Assad"). Lower case as written inside a name; capitalised ("Al-Assad") they open a sentence or a surname alone.
 * Not "as", "at", "an": English words ("as-yet", "at-Large").
 */
export const HYPHEN_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'ash', 'az', 'ul', 'ud']);
