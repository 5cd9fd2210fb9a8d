// Titles written short before a name, shared by the plain-text extractor (a line break after one is inside a name)
// and the sentence splitter (a full stop after one is no sentence's end).

/**
 * Titles written before a name: "Police Const. Tim Fanning said", "the Rev. Larry Kroon", "former Sens. John
 * Ashcroft, Kit Bond ...", "Los Angeles County Dist. Atty. Steve Cooley". A full stop after one is never a
 * sentence's end, so a break after one is undone before a capital as before a lower-case word. Words a sentence
 * may end on are left out ("St." for a street, "Sr."/"Jr." after a name, "Gen." for a generation).
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  `Adm Amb Asst Atty Brig Capt Cmdr Col Comdr Cong Const Cpl Cpt Dep Det Dist Dr Fr Gov Govs Hon Insp Lt Maj Messrs
   Mmes Mr Mrs Ms Msgr Pfc Prof Pvt Rep Reps Rev Sen Sens Sgt Spc Supt`.split(/\s+/),
);
