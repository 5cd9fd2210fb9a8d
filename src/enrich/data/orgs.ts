// Words that head an organisation's or a place's name, and names known as organisations.

/** A capitalised word in a name run that makes it an organisation ("Finnish Institute of International Affairs"); the
 * Romance languages' company and bank words open the name they head ("Cie Generale d'Electricite", "Banque Paribas"). */
export const ORG_HEADS = `
Institute Institution Council Ministry Corporation Corp Corp. Co Co. Inc Inc. Ltd Ltd. Plc PLC LLC AG SA NV GmbH
Agency Bank Group Force Association Party Union Committee Commission Department Office University College School Academy
Foundation Fund Organization Organisation Authority Board Bureau Service Services Company Airlines Airways Army Navy
Forces Police Court Parliament Assembly Congress Senate Federation Press Times Post Journal News Herald Tribune Gazette
Magazine Network Television TV Radio Broadcasting Center Centre Club Church Exchange Reserve Administration Cabinet
Government Treasury Industries Industry Holdings Holding Motors Petroleum Shipyard Hospital Clinic Institutes Partners Associates
Society League Alliance Coalition Movement Front Brigade Battalion Regiment Division Guard Corps Command Directorate
Trust Securities Capital Investments Insurance Telecom Communications Technologies Systems Laboratories Labs Studios
Pictures Records Entertainment Media Newspaper Daily Weekly Express Mirror Observer Monitor Telegraph Guardian Chronicle
Inquirer Courier Standard Review Economist Journal Commerce Chamber Secretariat Tribunal Prosecutor's Embassy Consulate
Council's Ministry's Railways Railway Energy Oil Gas Steel Mining Chemicals Pharmaceuticals Foods Brewery Bancorp
Bancorporation Bancshares Financial Savings Loan Mutual Partnership Cooperative Co-operative Syndicate Consortium Union's
Bros Bros. Brothers Survey Patrol Caucus Bourse Community Dept Dept. Fed
Worldwide Shipping Lines Workers Amusements Works
Cie Compagnie Societe Sociedad Compania Companhia Banque Banco Banca Caisse
AB Oy BV B.V. N.V. S.A. SpA S.p.A. KK L.P. LP Bhd Berhad Pty Limited Incorporated N.L.
`.trim().split(/\s+/);

/**
 * Heads that are no one's surname: after a given name they still make an organisation ("Rand Corporation",
 * "Ford Foundation"), where "Kellie Hill" or "Charlotte Church" stay people.
 */
export const ORG_ONLY_HEADS = `
Corporation Corp Corp. Company Co. Inc Inc. Ltd Ltd. Plc PLC LLC GmbH Institute Institution Ministry University
Foundation Agency Association Committee Commission Department Organization Organisation Authority Bureau Council
Federation Airlines Airways Holdings Industries Bancorp Bancorporation Bancshares Laboratories Technologies Communications
Pharmaceuticals Secretariat Directorate Consortium Partnership Cooperative Co-operative Syndicate Embassy Consulate
College Academy Hospital Survey Patrol Caucus Bourse Office Dept Dept.
Cie Compagnie Societe Sociedad Compania Companhia Banque Banco Banca Caisse
AB Oy BV B.V. N.V. S.A. SpA S.p.A. KK L.P. LP Bhd Berhad Pty Limited Incorporated N.L.
`.trim().split(/\s+/);

/**
 * A company's legal form after its name ("Lockheed Corp", "Hamburger Sparkasse AG"): the word before it is the
 * name, even when it opens a sentence and reads like a verb form ("Lockheed", "Fielding", "Rexnord").
 */
export const LEGAL_FORMS = `
Corp Corp. Corporation Inc Inc. Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Bancorp Bancorporation Holdings
AB Oy BV B.V. N.V. S.A. SpA S.p.A. KK L.P. LP Bhd Berhad Pty Limited Incorporated N.L.
`.trim().split(/\s+/);

/** Heads that end a company's name as its legal form does ("Hartford Insurance Group", "Elders Holdings"): its first
 * word alone may be its short name ("Hartford said"). Folded. */
export const COMPANY_HEADS = `group holdings industries enterprises association`.trim().split(/\s+/);

/**
 * Legal forms, a line each kind, spelt out or cut short: one company's name with either form of a line is one company
 * ("Morton Thiokol Inc" / "Morton-Thiokol Corp", "Federal Savings and Loan Insurance Corp" / "... Corporation", as
 * American wires write them); a form of another line names another unit ("Pacific Western Airlines Corp" / "... Ltd",
 * "Exco International Inc." / "... Plc").
 */
export const LEGAL_FORM_KINDS = `
corp corporation inc incorporated co company
ltd limited
plc
`
  .trim()
  .split('\n')
  .map((line) => line.split(' '));

/**
 * The nicknames of North America's major league teams (football, baseball, basketball, hockey), plural ones: last after
 * a place's capitalised words they name a team ("Indianapolis Colts", "New York Yankees", "Green Bay Packers"), which
 * the gazetteer of countries and large places does not tell. Left out: nicknames that name people or things after a
 * capitalised word as often ("American Indians", "Somali Pirates", "Falkland Islanders", "Olsen Twins", "Republican
 * Senators", "Gulf Capitals", "Roman Catholic Cardinals", "Three Kings", "Treasury Bills", "Border Coyotes").
 */
export const TEAM_NICKNAMES = `
falcons ravens panthers bears bengals browns cowboys broncos lions packers texans colts jaguars chiefs raiders
chargers rams dolphins vikings patriots saints giants jets eagles steelers 49ers seahawks buccaneers titans commanders
redskins diamondbacks braves orioles cubs guardians rockies tigers astros royals dodgers marlins brewers mets yankees
athletics phillies padres mariners rays rangers expos hawks celtics nets hornets bulls cavaliers mavericks nuggets
pistons warriors rockets pacers clippers lakers grizzlies bucks timberwolves pelicans knicks suns blazers spurs raptors
wizards 76ers sixers ducks bruins sabres flames hurricanes blackhawks canucks oilers canadiens predators devils
flyers penguins sharks leafs
`
  .trim()
  .split(/\s+/);

/** The Romance languages' company and bank words (of `ORG_HEADS`), and the lower-case words ("a", "au", "et", "e") a
 * name they head holds between its capitalised words: "Caisse d'Aide a l'Equipement des Collectivites Locales", "Banque
 * Internationale a Luxembourg SA", "Banco Espirito Santo e Comercial de Lisboa" are one name each. */
export const ROMANCE_ORG_HEADS = `Cie Compagnie Societe Sociedad Compania Companhia Banque Banco Banca Caisse`.split(' ');
export const ROMANCE_CONNECTORS = `a au aux et e`.split(' ');

/** Endings of one-word compounds that head an organisation's name ("Landesbank", "Commerzbank", Sweden's "Nordbanken"). */
export const ORG_HEAD_ENDINGS = ['bank', 'banken'];
/** Words with such an ending that are no organisation's head ("London Interbank Offered Rate"). */
export const NOT_ORG_COMPOUNDS = ['interbank'];

/**
 * Heads that an article writes alone for the one body of theirs it names in full: "the Bank" after "the Bank of
 * England" (or "the Dutch Central Bank") is that bank, not another organisation "Bank". Folded.
 */
export const HEADS_NAMED_ALONE = ['bank'];
/**
 * Heads an article writes alone for the one body of theirs it names with any name ending in them, or opening with the
 * head and "of": "the Commission" beside "EC Commission", "the Fund" beside "International Monetary Fund", "the
 * Ministry" beside "Finance Ministry", "Parliament" beside "Greek Parliament", "the Forum" beside "Network Computing Forum". Not "board" ("the Board's report" of the
 * Tower board, beside Reagan's Foreign Intelligence Advisory Board), nor a company's or a party's heads ("the Group",
 * "the Party"), which name another as often. Folded.
 */
export const HEADS_ENDING_NAMES = `commission ministry fund department association institute council committee agency
government exchange treasury federation parliament army navy foundation university administration authority community
forum`
  .trim()
  .split(/\s+/);
/**
 * Heads of a body's name written either way round: "Department of Justice" is the "Justice Department", "Ministry of
 * Finance" the "Finance Ministry" (a story's articles write both, and "U.S. Department of Justice"). Folded.
 */
export const TURNED_HEADS = `department ministry`.trim().split(/\s+/);
/** The word before such a head that names a country's central body ("Dutch Central Bank"), as "<head> of" does. */
export const CENTRAL_WORD = 'central';

/** A capitalised word that makes a name a place ("Palace of Independence", "Gulf of Mexico"). */
export const PLACE_HEADS = `
River Sea Ocean Lake Mountain Mountains Mount Mt Mt. Island Islands Isles Province Region Oblast County District
City Street St St. Avenue Ave Ave. Road Square Valley Gulf Bay Peninsula Desert Coast Airport Palace Bridge Strait
Straits Canal Harbour Harbor Port Park Forest Plains Plateau Highlands Hills Hill Heights Beach Cape Falls Basin
Delta Republic Kingdom Emirates Territory Territories Prefecture Governorate Canton Borough Township Village Boulevard
Stadium Arena Hall Cathedral Square Tower Castle Prison Base Field Station Garden Gardens
`.trim().split(/\s+/);

/**
 * Organisations known by a bare name: news agencies and outlets, international bodies,
 * state institutions named by their seat; last lines, the wires' banks and brokers named without a legal form
 * ("Merrill Lynch said" was a person, "Smith Barney" other); legislatures named alone ("the House", "Parliament
 * approved": no cue of their own) and "Swedish Match" (its demonym stripped left "Match"). Folded lower case.
 */
export const KNOWN_ORGS = `
reuters|reuter|associated press|ap|afp|agence france-presse|agence france presse|tass|interfax|ria novosti|ria|xinhua|bloomberg|
bbc|cnn|cbc|nbc|abc|cbs|fox news|npr|pbs|sputnik|al jazeera|dpa|ansa|efe|kyodo|yonhap|anadolu|unian|ukrinform|belta|
upi|itar-tass|novosti|inosmi|rt|euronews|deutsche welle|dw|voice of america|radio free europe|rferl|
economist|wall street journal|new york times|washington post|financial times|guardian|telegraph|
los angeles times|usa today|le monde|der spiegel|spiegel|politico|axios|the week|business standard|kommersant|izvestia|
pravda|kyiv independent|kyiv post|meduza|nexta|people magazine|tmz|
un|united nations|nato|eu|european union|european commission|european parliament|european council|council of europe|
imf|international monetary fund|world bank|wto|world trade organization|who|world health organization|opec|gatt|ec|
european community|oecd|red cross|icrc|osce|unesco|unicef|unhcr|iaea|interpol|europol|fifa|uefa|ioc|asean|
african union|arab league|doctors without borders|medecins sans frontieres|g7|g20|brics|csto|sco|opec+|
kremlin|pentagon|white house|state department|foreign office|downing street|elysee|bundestag|duma|state duma|rada|
verkhovna rada|knesset|congress|senate|house of representatives|supreme court|federal reserve|fed|bundesbank|
ecb|european central bank|bank of england|bank of japan|treasury|kgb|fsb|gru|svr|sbu|fbi|cia|nsa|nasa|mi6|mi5|
mossad|hamas|hezbollah|taliban|al qaeda|isis|islamic state|wagner|gazprom|rosneft|lukoil|rosatom|roscosmos|
google|apple|microsoft|amazon|facebook|meta|twitter|telegram|tesla|boeing|airbus|ibm|general motors|ford|chrysler|
exxon|mobil|texaco|chevron|shell|bp|opec|nymex|comex|cbot|nasdaq|nyse|
southern bell|south central bell|
standard and poor's|standard & poor's|moody's investors service|
e.f. hutton|drexel burnham lambert|fannie mae|freddie mac|con edison|keidanren|eurostat|istat|ig metall|newsweek|euroclear|euro-clear|cedel|
human rights watch|amnesty international|british sugar|
merrill lynch|smith barney|goldman sachs|morgan stanley|paine webber|chase manhattan|citibank|citicorp|credit lyonnais|
credit suisse|paribas|
house|parliament|house of commons|house of lords|swedish match|
`.split('|').map((s) => s.trim()).filter(Boolean);

/**
 * Outlets whose names open with a weekday, which names nothing alone ("on Sunday Texaco Inc said"): the run opens at
 * the weekday only where the whole name follows (`weekdayOutlet`: "The Sunday Express said its poll" was "Express", a
 * person by speech). Folded; each is a known org too.
 */
export const WEEKDAY_OUTLETS = `
sunday times|sunday telegraph|sunday express|sunday mirror|sunday people|sunday mail|sunday post|sunday observer|
sunday correspondent|sunday independent|sunday tribune|sunday herald|sunday sport|sunday star|sunday world|
sunday business|saturday evening post|
`.split('|').map((s) => s.trim()).filter(Boolean);

/**
 * One body's names that no bracket ties in a story, a line each, "name=short=short" (folded): the wires write "EC",
 * "EEC" and "European Community" for one body in one story, each article one of them; an acronym spelled out nowhere
 * in the story joins its name only through this table. Bodies whose acronyms name no other body in the wires.
 */
export const ORG_NAME_VARIANTS = `
european community=ec=eec=e.c.=european economic community|european union=eu=e.u.|united nations=un=u.n.|
world bank=ibrd|organisation for economic cooperation and development=oecd=organization for economic cooperation and development|
general agreement on tariffs and trade=gatt|organization of petroleum exporting countries=opec|
american stock exchange=amex|new york stock exchange=nyse|new york mercantile exchange=nymex|commodity exchange=comex|
chicago board of trade=cbot|chicago mercantile exchange=cme|securities and exchange commission=sec|
federal reserve=fed=federal reserve board|petroleos mexicanos=pemex|standard and poor's=s and p=s&p=s/p=s & p|
duff and phelps=d and p|
european community commission=ec commission=eec commission=european commission=european communities commission=
ec executive commission=executive commission=brussels commission=commission of the european community=
commission of the european communities|
united automobile workers=united auto workers=uaw|
`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean)
  .map((line) => line.split('=').map((name) => name.trim()));

/**
 * Organisations whose names hold "and" or a lower-case word ("Securities and Exchange Commission", "General Agreement on
 * Tariffs and Trade", "S and P"): read whole wherever they start. A run of capitalised words stops at "and" (two names:
 * "Exxon and Mobil"), so without them the name fell apart ("Securities" | "Exchange Commission", "Agreement" typed a
 * person by its "General", "P said" a person). The most frequent such names in Reuters-21578, ECB+ and BASIL that end
 * in no legal form (a legal form joins the parts already: "Merrill Lynch and Co Inc"). Folded. Also names holding "of"
 * before a country's name ("Voice of America": the run stopped at the country) or a not-name word ("Pan Am": "Am" is
 * the clock's). Last lines: the wires' partnerships written with commas ("Smith Barney, Harris Upham and Co" was
 * "Smith Barney" + "Harris Upham and Co"; "Donaldson, Lufkin and Jenrette"), "Alex. Brown and Sons" (the stop of "Alex."
 * ended the run: "Alex" other), "Merrill Lynch, Pierce, Fenner and Smith" (was "Merrill Lynch" + "Pierce" + "Fenner and
 * Smith"); the chambers named with "of" ("House of Commons" was "House" + "Commons").
 */
export const CONNECTED_ORGS = `
securities and exchange commission|general agreement on tariffs and trade|general agreement of tariffs and trade|food and drug administration|
ministry of international trade and industry|department of trade and industry|
organisation for economic cooperation and development|organization for economic cooperation and development|
organisation for economic co-operation and development|organization for economic co-operation and development|
office of management and budget|fish and wildlife service|house ways and means committee|ways and means committee|
national aeronautics and space administration|united nations conference on trade and development|
department of housing and urban development|department of health and human services|
agricultural stabilization and conservation service|united food and commercial workers union|
national grain and feed association|sugar and cocoa exchange|coffee sugar and cocoa exchange|
international bank for reconstruction and development|european bank for reconstruction and development|
bureau of alcohol tobacco and firearms|centers for disease control and prevention|centers for disease control|food and agriculture organization|
national oceanic and atmospheric administration|arms control and disarmament agency|
s and p|s&p|s/p|s & p|duff and phelps|cable and wireless|harper and row|pratt and whitney|johnson and johnson|procter and gamble|
voice of america|pan am|joint chiefs of staff|
committee to re-elect the president|committee for the re-election of the president|campaign to re-elect the president|
smith barney, harris upham and co|smith barney harris upham and co|smith barney, upham harris and co|
donaldson, lufkin and jenrette|donaldson lufkin and jenrette|donaldson, lufkin, and jenrette|hambrecht and quist|
alex. brown and sons|
merrill lynch, pierce, fenner and smith|merrill lynch, pierce fenner and smith|merrill lynch pierce fenner and smith|
house of commons|house of lords|
`.split('|').map((s) => s.trim()).filter(Boolean);

/**
 * Lower-case nouns for a news outlet right before its name: "the daily al-Ittihad said", "the newspaper Granma
 * reported", "the news agency Tanjug said", "the medical journal Lancet" (the name speaks, but as an outlet, not a
 * person). A given name after them is a person's name all the same ("the paper John Smith wrote").
 */
/** Nouns of ships before a ship's name ("the German liner Wilhelm Gustloff", "the Soviet freighter Nikolay
 * Kuznetsov"): a vessel, named after a person or not, is no person ("carrier" left out: an airline too). */
export const VESSEL_NOUNS = `liner freighter tanker supertanker vessel ship warship ferry trawler frigate destroyer cruiser
submarine yacht tug barge`
  .trim()
  .split(/\s+/);

/** Lower-case nouns for a company right before its name: "the state-run oil company Ecopetrol said", "the Dutch salvage
 * firm Smit International told Reuters" (the name speaks as a company, not a person; a given name first still makes a
 * person: "the firm John Smith founded"). */
export const COMPANY_NOUNS = `company firm concern conglomerate`.trim().split(/\s+/);

/** A law's or a security's last word: the heads before it name what it governs, no body ("Financial Services Act",
 * "Treasury Bill"). Folded. */
export const LAW_TAILS = `act acts law bill treaty accord`.trim().split(/\s+/);
/** An award's or a cup's last word: a given name before it is the award's ("Tony Awards", "Emmy Award", "Nobel
 * Prize", "Davis Cup"), no one's. Folded. */
export const AWARD_TAILS = `award awards prize prizes trophy cup medal`.trim().split(/\s+/);
/** Street heads (of words.ts' `STREET_HEADS`, not "Lane", "Drive": surnames) that a given name before is the street's
 * ("a Philip Street apartment"), not a surname as "Cynthia Hall"'s is. Folded. */
export const GIVEN_NAME_STREETS = `street avenue boulevard road`.trim().split(/\s+/);
/** Heads of bodies named for a list of portfolios or trades after "of" / "for" ("the Federal Office of Industry, Trade
 * and Labour", "the Commodity Board for Margarine, Fats and Oils"); not a bank's or a company's ("the Bank of England,
 * Barclays and Lloyds" are three). Folded. */
export const PORTFOLIO_LIST_HEADS = `office board ministry department commission committee council institute association federation agency`
  .trim()
  .split(/\s+/);
/** An outlet's nouns after its name ("the authoritative Business Day newspaper said"); not "paper", "agency",
 * "journal", which follow a person's or a body's name as often ("the Tower paper", "the Xinhua agency"). Folded. */
export const OUTLET_NOUNS_AFTER = `newspaper newspapers magazine tabloid daily`.trim().split(/\s+/);
/** Two-word outlet nouns after a name, "<first> <second>" ("the official Notimex news agency said": Notimex was a person
 * by speech). Folded. */
export const OUTLET_PAIRS_AFTER = `news agency|news service|wire service|news network`.split('|');
export const OUTLET_NOUNS = `newspaper newspapers paper daily weekly magazine tabloid journal agency broadcaster`.trim().split(/\s+/);

/**
 * Organisations known by a name written with its possessive, and only so: "Moody's said" is the rating agency, "Moody
 * said" a person (PolNeAR's Steve Moody), so the name without it is no known organisation. ("Christie's" is left out:
 * Chris Christie's.) Folded.
 */
export const POSSESSIVE_ORGS = `moody's|macy's|sotheby's`.split('|');

/**
 * Name words that go on with a company's name after a legal form written with its full stop ("Nikko Securities Co.
 * International"): any other capitalised word there opens the next sentence ("Standard and Poor's Corp. Salomon Brothers
 * Inc co-managed"). Folded.
 */
export const AFTER_LEGAL_FORM = `international`.trim().split(/\s+/);

/**
 * A firm's place in a bond or loan syndicate: a role word of these ("manager") after one of the qualifiers ("lead
 * manager First Boston", "sole manager Thomson McKinnon", "joint-lead manager Samuel Montagu") makes the name after it
 * a bank, not a person. The qualifier may be the last part of a hyphenated word ("co-lead", "joint-lead").
 */
export const SYNDICATE_ROLES = `manager managers`.trim().split(/\s+/);
export const SYNDICATE_QUALIFIERS = `lead sole co joint`.trim().split(/\s+/);

/**
 * Words before a person's name that make it stand for a place named after that person ("checked into Betty Ford",
 * "back at Betty Ford": the Betty Ford Center), when the story also writes that name with an organisation's head.
 */
export const INSTITUTION_PREPOSITIONS = `at into in to from`.trim().split(/\s+/);

/**
 * Countries (and continents) whose name after a company's or an agency's own name names its unit there: "Ford Canada",
 * "Texaco Canada", "Statistics Canada", "Hyundai Motor America", "Porsche Cars North America". Not the countries that
 * are also surnames or given names ("Holland", "England", "Wales", "Jordan", "Chad", "Georgia", "Israel", "India",
 * "Kenya", "France": "Vernon Jordan", "Anatole France"). Folded.
 */
export const UNIT_COUNTRIES = `canada america usa u.s.a. japan australia europe asia britain u.k. germany italia italy mexico brazil
spain argentina belgium nederland netherlands sweden norway denmark finland austria switzerland singapore malaysia indonesia
philippines`
  .trim()
  .split(/\s+/);

/** A region's qualifier before a country or continent ("Central America", "Rural America", "North America", "Little
 * Italy"): the two are a place, and a unit's country is read after them ("Porsche Cars North America"). Folded. */
export const REGION_QUALIFIERS = `north south east west central latin northern southern eastern western rural middle little greater`.trim().split(/\s+/);

/**
 * The last words of names of things, not bodies: a rate, an agreement, a law, a product, a weapon ("London Interbank
 * Offered Rates", "Multi-Fibre Arrangement", "Endangered Species Act"). The acronym in brackets after such a name is
 * that thing ("LIBOR"), no organisation, whatever its capitals say.
 */
export const THING_HEADS = `rate rates agreement arrangement act requirement price prices certificate receipt receipts satellite missile
missiles program programme toolkit corridor juice intermediate reform treaty index tariff tariffs nation`
  .trim()
  .split(/\s+/);
