// Titles and roles that stand before (or beside) a person's name. They are stripped from the name
// ("Russian President Vladimir Putin" -> Vladimir Putin) and make the name a person.
import { table } from '../../common/table.ts';

/** Capitalised title words inside a name run: everything up to the last one is the title. */
export const TITLE_WORDS = `
President Vice Prime Minister Ministers Secretary Undersecretary Chancellor King Queen Prince Princess Pope Emperor Empress Sultan
General Gen Gen. Brig Brig. Brigadier Lt Lt. Lieutenant Col Col. Colonel Maj Maj. Major Sgt Sgt. Sergeant Capt Capt.
Captain Adm Adm. Admiral Commander Cmdr Cmdr. Marshal Field Corporal Cpl Cpl. Private Pvt Pvt. Staff
Senator Senators Sen Sen. Sens Sens. Rep Rep. Reps Reps. Del. Delegate Representative Congressman Congresswoman Governor Gov Gov. Mayor Judge Justice Magistrate
Chairman Chairwoman Chairperson Chair Director Ambassador Envoy Consul Spokesman Spokeswoman Spokesperson
Mr Mr. Mrs Mrs. Ms Ms. Miss Messrs Messrs. Dr Dr. Drs Drs. Doctor Doctors Prof Prof. Profs Profs. Professor Professors Sir Dame Lord Lady Sheikh Emir Ayatollah Imam Rabbi
Patriarch Bishop Archbishop Cardinal Rev Rev. Reverend Father Sister Brother Detective Det Det. Inspector Officer Constable Const Const.
Chief Deputy Leader Premier President-elect CEO CFO COO Coach Manager Executive Chief-Executive Counsel Attorney Prosecutor
Speaker Commodore Commissar Ensign GM VP SVP EVP CTO CIO QB Whip Undersheriff Minister-President Secretary-General Commissioner Head Agent Superintendent Sheriff Marshal Dean Rector
Treasurer Comptroller Coroner Administrator Alderman Assemblyman Assemblywoman Assemblymember Councilmember Editor-in-Chief D.A. WR RB
Justices Commissioners Trooper
`.trim().split(/\s+/);

/**
 * Titles of two words whose second word alone is no title ("Member States", "Advocate General" are names):
 * the pair before a name is a title ("City Council Member Jumaane Williams", "Public Advocate Bill de Blasio").
 */
export const TITLE_PAIRS = ['Council Member', 'Board Member', 'Committee Member', 'Public Advocate'];

/** An officer's titles that a company's name comes before ("Hughes Tool Co Chairman W.A. Kistler", "Mobil Corp
 * Chairman Allen E. Murray"), folded; not an office of state after its portfolio ("Wheat Board Minister Charles Mayer", "Texas
 * Savings and Loan Commissioner L.L. Bowman", "Senate Majority Leader Harry Reid" name no body's officer). */
export const BODY_OFFICER_TITLES = [
  'chairman',
  'chairwoman',
  'president',
  'governor',
  'director',
  'treasurer',
  'executive',
  'officer',
  'spokesman',
  'spokeswoman',
  'economist',
  'analyst',
  'manager',
  'counsel',
];

/** Words that open an officer's title without being one ("Managing Director", "Deputy ... Governor", "Acting
 * Chairman"): taken off either end of the company a run names before its officer's title ("First Boston Corp Managing
 * Director Albert Wojnilower" names First Boston Corp). */
export const OFFICER_TITLE_OPENERS = ['Managing', 'Deputy', 'Vice', 'Executive', 'Senior', 'Acting', 'Assistant', 'Associate', 'Chief', 'General'];

/** Title words that are a title before another title only ("Staff Sgt.", "Field Marshal"): before a name they are part
 * of it ("Staff Builders" is a company, no person "Builders"); alone or last they are still no name. */
export const RANK_PREFIXES = ['Staff', 'Field'];

/** Portfolio words that sit between a demonym and a title ("Foreign Minister", spun "Protection Minister"), and an
 * office's words after "<title> of" ("Chief Inspector of Mines Redzuan Sumun"). */
export const PORTFOLIO_WORDS = `
Foreign Defence Defense Interior Home Finance Economy Economic Economics Trade Justice Health Energy Agriculture
Education Culture Transport Labour Labor Environment Industry Development Security Intelligence International
Protection Overseas Treasury State Affairs Emergency Emergencies Information Communications Digital Science Sports
Tourism Housing Social Welfare Budget Commerce Navy Army Air Joint Forces Armed General Attorney Solicitor Home Technology
Deputy First Second Senior Acting Former Ex Interim Permanent Assistant Associate Under Executive Managing Chief Vice
Mines Lands Fisheries Forestry Forests Planning Transportation Customs Posts Telecommunications Works Public Natural
Resources Water Aviation Shipping Ports
`.trim().split(/\s+/);

/**
 * Lower-case roles that, right before a capitalised name, make it a person
 * ("spokesman Dmitry Peskov", "political scientist Yauheni Preiherman", "opposition chief Svetlana Tsikhanouskaya").
 */
export const ROLE_WORDS = `
president minister secretary chancellor leader spokesman spokeswoman spokesperson commander general adviser advisor
director chief head chairman chairwoman scientist analyst researcher economist official officer diplomat envoy ambassador
coach manager player actor actress singer star publicist representative lawyer attorney prosecutor judge senator
governor mayor author writer journalist reporter editor professor expert strategist historian founder owner
candidate lawmaker legislator politician activist campaigner colonel captain lieutenant sergeant soldier
counterpart deputy aide executive ceo presenter host rapper musician artist striker midfielder defender goalkeeper
designer model director-general secretary-general premier king queen prince pope bishop priest pastor cleric
dissident blogger whistleblower investor billionaire businessman businesswoman banker trader negotiator mediator
pollster consultant organizer operative fundraiser donor adviser publisher
nominee columnist commentator correspondent contributor co-host congressman congresswoman delegate
defector veteran rookie producer producers councilman councilwoman agent anchor rep broadcaster colleague wife husband son daughter brother sister mother father widow friend suspect victim
kicker punter quarterback cornerback linebacker fullback halfback tailback lineman pitcher catcher shortstop outfielder infielder reliever
referee umpire goalie comedian comedienne moviemaker filmmaker novelist playwright receptionist technician
englishman englishwoman frenchman frenchwoman irishman scotsman welshman dutchman
`.trim().split(/\s+/);

/**
 * A team's positions written short, in capitals, before a player's name ("CB Vontae Davis intercepted Quinn's pass",
 * "DT Anthony Hargrove (knee)", "fellow DA Phillip Stirling"): the name is the person's, the letters his calling. Matched
 * as written (capitals only: "da" is a surname's particle, "lb" a pound).
 */
export const POSITION_LETTERS = ['CB', 'DT', 'DE', 'LB', 'TE', 'FB', 'OT', 'OG', 'OL', 'RHP', 'LHP', 'SS', 'DA', 'ADA'];

/**
 * Positions that are ordinary words too ("Safety-Kleen", "Forward Industries", "Center Financial"): a calling only
 * capitalised before a given name ("Safety Malcolm Jenkins (knee)", "Forward Tyler Hansbrough broke ..."). Folded.
 */
export const GIVEN_NAME_POSITIONS = ['safety', 'forward', 'guard', 'center', 'centre', 'tackle', 'winger'];

/**
 * Lower-case words after a name and a comma that make it a person (appositive):
 * "Yuriy Saks, an adviser to ...", "Valery Sakhashchyk, a former brigade commander".
 */
export const APPOSITIVE_PERSON_WORDS = ROLE_WORDS.concat(
  `former senior chief deputy top veteran retired spokesman who aged treasurer`.split(/\s+/),
);

/**
 * Courtesy titles, which name no office, with the gender they tell: "Mr. Trump" in an article is the person of that
 * surname the article means (the Times' "Mr. Trump, the president's son"), not the best-known one. Folded, no dot.
 */
export const HONORIFIC_GENDERS: Readonly<Record<string, 'm' | 'f'>> = table({ mr: 'm', mrs: 'f', ms: 'f', miss: 'f' });

/** Titles that only stand before a person's name: the word after is a surname even where it is a title word too ("Mr.
 * King", "Dr. Major"), not the second word of an office ("Prime Minister"). Folded, no dot. */
export const PERSONAL_TITLES = [...Object.keys(HONORIFIC_GENDERS), 'dr', 'sir', 'dame', 'lord', 'lady'];

/** Generation suffixes after a surname ("Donald Trump Jr."): the surname is the word before. Folded, no dot. */
export const NAME_SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'];

/** The suffixes a writer sets off with commas after a name ("W. Mark Felt, Sr.", "Martin Luther King, Jr."): the name's,
 * no one alone. Folded, no dot. */
export const SPACED_NAME_SUFFIXES = ['jr', 'sr'];

/** A father's suffix: his name written without it in the same article is still his ("W. Mark Felt Sr." ... "W. Mark
 * Felt"; a son's "Jr." beside the plain name means two people). Folded, no dot. */
export const SENIOR_SUFFIXES = ['sr'];

/** Surnames' openings of four letters or more before a capital inside them ("FitzGerald", "VanderMeer"): such a word is
 * no coined company name. */
export const INNER_CAPITAL_SURNAMES = ['fitz', 'vander', 'vanden', 'vonder', 'dela', 'dello', 'della'];
