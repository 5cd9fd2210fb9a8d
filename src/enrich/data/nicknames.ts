// Common English given names and the short or pet forms a story writes them by ("Jim Mattis" / "James Mattis").
// One line a name: the full name, then its nicknames (and a few other languages' diminutives: "Alexis" / "Alexandros
// Grigoropoulos"). A nickname of several names ("Chris") is on each line; two full
// names are one person only when some line holds both. Folded lower case.
export const NICKNAMES = `
abraham abe
alexander alex
alexandros alexis alekos
alfred al alf fred
allan al
alan al
stanley stan
albert al bert
andrew andy drew
anthony tony
arthur art
barbara barb
benjamin ben bibi benny
bradley brad
catherine cathy kate katie
charles charlie chuck
christopher chris
christina chris
christine chris
daniel dan danny
david dave
deborah debbie deb
donald don
douglas doug
edward ed eddie ted ned
elizabeth liz beth betsy betty
eugene gene
frederick fred freddie
gregory greg
harold harry hal
henry hank harry
herbert herb
james jim jimmy jamie
jeffrey jeff
jennifer jenny jen
jerome jerry
john jack johnny jon
jonathan jon
joseph joe joey
joshua josh
katherine kathy kate katie
kathleen kathy kate katie
kathryn kathy kate katie
kenneth ken kenny
lawrence larry
leonard len lenny
louis lou
margaret maggie meg peggy
matthew matt
michael mike mickey
mitchell mitch
nicholas nick
patricia pat patty trish
patrick pat
peter pete
philip phil
phillip phil
raymond ray
richard dick rick rich
robert bob bobby rob robbie bert
ronald ron ronnie
samuel sam
stephen steve
steven steve
susan sue
theodore ted teddy
thomas tom tommy
timothy tim
victoria vicky
vincent vince
walter walt
william bill billy will willie
`;

// Spellings of one given name that outlets write for the same person ("Jeffery Lane" / "Jeffrey Lane", "Catherine" /
// "Katherine" / "Kathryn Gomes", "Giannis" / "Yiannis Panagopoulos"). One line a name, its usual spelling first: a
// name is read as that first spelling before the nickname table above is asked. Folded lower case.
export const GIVEN_NAME_SPELLINGS = `
catherine katherine kathryn katharine kathrine cathryn
jeffrey jeffery
stephen steven
philip phillip
allan alan allen
brian bryan
sean shawn shaun
nicholas nicolas
eric erik
carl karl
marc mark
teresa theresa
ann anne
sara sarah
deborah debra
lindsay lindsey
giannis yiannis
karolos carolos
`;

/** Double initials that are a given name of their own ("T.J. DiLeo", Tony DiLeo's son; "A.J. Smith"), not a given
 * name's and a middle name's initials ("A.W. Clements" is Alan Clements). Folded, without their full stops. */
export const DOUBLE_INITIAL_NAMES = ['aj', 'bj', 'cj', 'dj', 'jc', 'jd', 'jj', 'jp', 'jr', 'jt', 'kc', 'oj', 'pj', 'rj', 'tj', 'ty'];
