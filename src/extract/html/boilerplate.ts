// Boilerplate lines as data: calls to action and the headings that open a page's end matter.
// Multilingual (German first: most pages we read are German news and blogs). Tested on one block's text.
import { CALLS_TO_ACTION_PATTERN } from '../calls-to-action.ts';

/**
 * Headings that open end matter (author box, contact, sources, "more on this", comments): when one stands
 * after the article's main text, it and everything after it go. The whole (short) block must match.
 */
/**
 * The heading or opening note of the readers' comments ("Leserkommentare", "Lesermeinungen", "So können Sie kommentieren:",
 * "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.", "Leave a reply"): it cuts the rest even when the comments
 * are longer than the article (taz's 160 lines under a 15-line commentary), which a bare heading does not. Not a bare
 * "Kommentare" / "Comments": that heading may open a section of the text (a press review's "Kommentare").
 */
export const COMMENT_SECTION_HEADING =
  /^(leserkommentare|lesermeinungen|so können sie kommentieren|kommentar (schreiben|verfassen)|schreibe einen kommentar|(\d+ )?kommentare? zu (diesem|dem) (artikel|beitrag)|um (selbst )?(einen kommentar|kommentare) (zu (hinterlassen|schreiben|verfassen)|verfassen zu können),? (loggen|melden) sie sich( bitte)? (ein|an)|leave a (reply|comment)|(\d+ )?(reader )?comments? on this (article|post|story)|laisser un commentaire|deja un comentario|deja una respuesta|dodaj komentarz)[\s:?!.…]*$/i;

export const TAIL_HEADINGS: RegExp[] = [
  // German ("Empfehlungen" only with whose they are, "aus dem … Shop", "der Redaktion": bare, it heads a report's recommendations)
  /^(über (den|die) autor(in)?|zu[rm] autor(in)?|zur person|über diese reihe|fragen an (den|die) autor(in)?|die autor(in|en)|autor(en|in)?|kontakte?|ansprechpartner(in)?( zum thema)?|pressekontakt|medienkontakt|mehr zum thema|zum weiterlesen|schon gelesen|auch interessant|((das|dies|diese[rs]?|folgende|weitere) )?((artikel|beiträge|themen|rezepte|produkte) )?(könnte[n]?|dürfte[n]?) (sie|dich|dir|euch|ihnen) (auch |ebenfalls )?(interessieren|gefallen)|ähnliche (artikel|beiträge)|verwandte (artikel|beiträge|themen)|weitere (artikel|beiträge|informationen|infos|themen|meldungen|nachrichten)|quellen(angaben)?|quellen ausblenden|zusatzinformationen|originalpublikation|empfehlung(en)? (aus de[mr] .*|der redaktion|unserer redaktion)|unsere empfehlungen|kommentare?( schreiben)?|kommentar verfassen|schreibe einen kommentar|diskussion|teilen|artikel teilen|beitrag teilen|vorschau auf den nächsten (artikel|beitrag)|zitiervorschlag|zitierweise|entdecke weitere .{3,40}|(\d+ )?(kunden|produkt)?bewertungen|rezensionen)[\s:?!.…]*$/i,
  // English
  /^(about the author|about the authors|author|contact( us)?|related( articles| posts| stories)?|more on this( topic)?|further reading|you may also like|you might also like|recommended( for you)?|sources|references|comments?|leave a (reply|comment)|share( this)?( article| post| story)?|suggested citation|cite this article|(\d+ )?(customer )?reviews|(join (now|us|today)|subscribe (now|today)|become a (member|subscriber))\b[^.!?]{0,40})[\s:?!.…]*$/i,
  // a plea for the outlet's support, every language ("Apoya el periodismo incómodo", "APOYA A LOS CIUDADANOS QUE CREEN EN LA
  // DEMOCRACIA Y HAGAMOS PAÍS.", "Unterstützen Sie unabhängigen Journalismus"): its pitch and membership offer follow it
  /^(apoya|apóyanos|apoye|support|unterstütze|unterstützen sie|soutenez|sostieni|wesprzyj|apoie)\b[^.!?]{0,60}\b(periodismo|journalism|journalismus|journalisme|giornalismo|dziennikarstwo|jornalismo|democracia|democracy|demokratie|démocratie|democrazia|demokracj\p{L}*)\b[^.!?]{0,40}[.!]?$/iu,
  // a comment section's own heading or opening note ("Leserkommentare", "Lesermeinungen", taz's "So können Sie kommentieren:",
  // "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein."): the readers' comments follow, however long
  COMMENT_SECTION_HEADING,
  // an outlet's plea under its article ("Die SIEGESSÄULE braucht weiterhin Eure Hilfe!", "We need your support"): its
  // pitch, payment details and follow links come after it
  // ("Dieser Artikel ist wichtig! Sichere diesen Journalismus!": neues-deutschland's pitch and payment links follow)
  /^[^.!?]{0,40}\b(braucht|brauchen) (weiterhin |jetzt |dringend )?(eure|deine|ihre|dich|euch|sie) (hilfe|unterstützung)[\s!.]*$|^we need your (help|support)[\s!.]*$|^([^.!?]{0,40}[.!]\s+)?(sichere|sichern sie|unterstütze|unterstützen sie) (diesen|unseren|unabhängigen) journalismus[\s!.]*$/i,
  // French, Spanish, Italian, Polish, Portuguese
  /^(sur le même sujet|l'auteur|l’auteur|commentaires?|partager( cet article)?|contexto de la noticia|te puede interesar|noticias relacionadas|comentarios|compartir|articoli correlati|komentarze)[\s:?!.…]*$/i,
];

/**
 * Tail headings that point on ("Mehr zum Thema", "Weitere Informationen"): what follows is a list of links, or the
 * article's own closing words on where to read on ("Einen Überblick finden Sie im Hilfe-Center und weitere Informationen
 * auf den Seiten von e.Consult:", its links already gone as a link list). Under such a heading, a section of sentences
 * only (each at least `minWords` words, ending in a full stop, mark or colon) is the article's last section, not its end
 * matter; a title, a name or a reference ("Deniz Yücel: "Agentterrorist …" (Kiepenheuer & Witsch)") is not.
 */
export const TAIL_POINTER = {
  heading: /^(mehr zum thema|weitere informationen|more on this( topic)?|further information)[\s:]*$/i,
  minWords: 6,
  sentenceEnd: /\p{L}[.!?:]["“”»]?$/u,
} as const;

/** A tail heading is a short block: longer text that starts this way is a paragraph. */
export const TAIL_HEADING_MAX = 70;

/**
 * Calls to action and site notices: a short block matching one of these is no article text wherever it
 * stands (share, subscribe, follow, comment, app download, reprint notices, ad labels).
 */
export const CALL_TO_ACTION: RegExp[] = [
  // every language: the calls to action plain text shares
  CALLS_TO_ACTION_PATTERN,
  // German
  /\b(möchten sie (den|diesen) (artikel|beitrag) teilen|teilen sie diese[nr]? (artikel|beitrag|seite)|(artikel|beitrag|seite) (teilen|empfehlen)$|abonnieren sie unsere[nr]?|newsletter bestellen|melde dich .*newsletter|zum newsletter anmelden|folge uns|liken sie uns|jetzt (anmelden|registrieren)|(angemeldet|eingeloggt) sein,? um (kommentare|einen kommentar)|sie sind (aktuell )?nicht (eingeloggt|angemeldet)|kommentare (sind )?(deaktiviert|geschlossen)|wie bewerten sie diesen (artikel|beitrag)|war dieser (artikel|beitrag) hilfreich|alle angaben ohne gewähr|dieser beitrag enthält werbung|enthält affiliate[- ]links|bei den (verlinkungen|links) handelt es sich um|(anmelden|einloggen),? um (kommentare|einen kommentar)|wenn ihnen (unser|dieser) (artikel|beitrag) gefallen hat|gefällt (dir|ihnen) unser|lust auf mehr\?|unterstützen sie (unsere arbeit|unabhängigen journalismus|diese form)|jede (kleine )?spende hilft|besuchen sie unseren (fan-?|online-?)?shop|um den inhalt von .{3,60} zu laden|automatische laden der inhalte|ich bin einverstanden, dass (mir )?(externe )?inhalte? .{0,40}angezeigt|als pdf herunterladen|nichts mehr (verpassen|versäumen)|sie lesen gerne? [^?]{2,40}\?|zeige alle beiträge von|alle beiträge von .{2,40} anzeigen|mit diesem button kannst du|als e-?paper|kontaktieren sie uns|^weitere infos?(rmationen)? (unter|auf) (www\.|https?:)|^(zitiervorschlag|zitierweise)\b|gibt die meinung de[sr] autor(s|in|en) wieder|sofern nicht anders (angegeben|ausgewiesen|vermerkt),? (stehen|sind|stehen die) inhalte|werden sie (jetzt )?mitglied|(erhalten|sichern) sie (sich )?exklusive (angebote|vorteile|rabatte)|(wurde|ist) von (medizinern|ärzten|ärztinnen|fachärzten|apothekern) (geprüft|überprüft))/i,
  // English
  /\b(comments are (closed|disabled)|share this (article|post|story)|subscribe to our newsletter|never miss the latest news|download the [\w ]{1,30} app|this (article|post) contains affiliate links|this post contains references to products|written permission must be obtained|copyrighted property of|is not responsible for the opinions|if you enjoyed (reading )?this post|we want to hear what you think|to view the full story, please subscribe|follow [\w ]{1,40} on (twitter|facebook|instagram)|view all posts by|^(suggested citation|cite this article( as)?)\b|straight to your phone|sign me up|sign up here|instant access to the full article|(the|our) latest (news|stories) (straight|delivered)|^contact us\b|submit (your|a) letter to the editor|medically reviewed by)/i,
  // pleas for support or donations, every language ("Wesprzyj nas darowizną", "Help us continue to ...")
  // (German: "Ihnen hat der Artikel gefallen? Bitte helfen Sie … und spenden Sie jetzt", lacrux's "… brauchen wir deine
  // Unterstützung." and "Hilf mit und unterstütze unser Magazin …", "Spenden könnt ihr ganz einfach per Paypal …")
  /\b(help us continue|support (our|independent|quality) journalism|donate (now|today)|make a donation|unterstütze uns|jetzt spenden|spenden sie (jetzt|hier|noch heute)|spenden könnt ihr|(jetzt )?supporter werden|unterstütze (unser|unsere) (magazin|arbeit|redaktion|blog|projekt|journalismus)|brauchen wir (deine|eure|ihre) unterstützung|freuen wir uns über (jede|eure|deine|ihre) spende|wesprzyj nas|wspieraj nas|apóyanos|haz una donación|soutenez-nous|faites un don|sostienici|fai una donazione|apoie o)\b/i,
  // an app's store pitch ("Kostenlose Radio-App für iPhone und Android", "Die Sport BILD-App Jetzt kostenlos für iOS und
  // Android!", "If you're on the ABC7 News app, click here to watch live"): a line, not a sentence reporting on an app
  // ("Die Warn-App für Android und iOS wurde 20 Millionen Mal geladen." ends like a sentence and stays)
  /^(?=[^.]*([!]|[^.!?…]$))[^.!?]{0,60}\bapps?\b\s*(jetzt\s+)?(kostenlos\s+|gratis\s+|free\s+)?(für|for|on)\s+(apple|ios|android|iphone|ipad)\b|\bif you('re| are) (on|using) the [^.!?]{1,40} app\b/i,
  // a sponsor's note ("*Dieser Beitrag ist in freundlicher Kooperation mit dem Tourismusverband X entstanden.", "Dieser
  // Artikel entstand in Kooperation mit Arcadia Live.", "This post was sponsored by X")
  /\b(beitrag|artikel|text|post) (ist|entstand|wurde) [^.!?]{0,20}(in|mit) (freundlicher |bezahlter )?(kooperation|zusammenarbeit|unterstützung) (mit|von)\b|\bthis (post|article) (is|was) (sponsored|paid for) by\b/i,
  // the comment section's own notes ("Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!", "Leserbrief
  // schreiben", "Leserbriefe können nur am Erscheinungstag des Artikel eingereicht werden.", "Comments do not reflect the views of …")
  /\b(kommentare|leserkommentare|leserbriefe|zuschriften)\b[^.!?]{0,40}\b(nicht|keinesfalls)\b[^.!?]{0,30}\bmeinung der redaktion|^leserbriefe? (schreiben|können nur)\b|\bcomments?\b[^.!?]{0,40}\b(do not|don't) (necessarily )?reflect the (views|opinions?) of\b/i,
  // the page's notes on the reader's browser ("Dein Browser ist leider veraltet.", "Bitte aktivieren Sie JavaScript und laden Sie
  // die Seite neu.") and login prompts ("Sie sind bereits registriert?", "Wählen Sie eine der beiden Login-Möglichkeiten aus")
  /\b((dein|ihr|your) browser (ist|is) (leider )?(veraltet|out of date|outdated|not supported)|bitte aktivieren sie javascript|please enable javascript|javascript (is )?(disabled|required)|(sie sind|bist du) bereits registriert|login-möglichkeiten?|already have an account\?)/i,
  // a newsletter's or a channel's sign-up in the words the German lines above miss ("Abonnieren Sie jetzt den apolut-Newsletter:
  // https://…", "Abonnieren Sie unser Daily Briefing: …", "Dann abonniere meinen Newsletter: …", "… finden Sie im kostenlosen
  // Tagesspiegel-Newsletter …", "Coaching-Newsletter erhalten", its box's notes "Der Newsletter ist kostenlos und kann jederzeit
  // abonniert …" and "Nach Anmeldung erhalten Sie eine Aktivierungs-E-Mail."), a follow call in the first person ("Du kannst mir
  // auch auf Facebook und Twitter folgen."), a video embed's transfer notice ("Wenn Sie dieses Video hier abspielen, erfolgt eine
  // Datenübertragung an YouTube")
  /\b(abonnier(e|en sie|t) (jetzt |doch )?(den|unseren|unsere|unser|meinen|meine|mein|das) ([\w-]+ )?[\w-]*(newsletter|briefing)\b|finden sie (täglich |jeden \w+ )?im (kostenlosen )?[\w-]*newsletter\b|^[\w-]*newsletter (erhalten|abonnieren|bestellen)[\s!.]*$|\bder newsletter ist kostenlos\b|nach (der )?anmeldung erhalten sie eine (aktivierungs|bestätigungs)-?e-?mail|(du kannst|ihr könnt|sie können) (mir|uns) (auch |gerne |gern )?(auf|bei) (facebook|twitter|instagram|x|tiktok|youtube|linkedin|mastodon|threads|telegram|social media|den sozialen (medien|netzwerken))( (und|oder|sowie) \w+)? folgen|wenn sie (dieses|das) video (hier )?abspielen,? erfolgt eine datenübertragung)/i,
  // a closing wish on a line of its own ("Alles Gute zum neuen Jahr & viel Spaß mit der neuen Ausgabe!", "Viel Spaß beim Lesen!")
  /^(alles gute|viel spaß|viel vergnügen|frohe (weihnachten|ostern|feiertage)|happy (reading|holidays|new year)|enjoy (your|the) (visit|read|issue)|bonne lecture|buena lectura|miłej lektury|gute unterhaltung)\b[^.!?]{0,80}!$/i,
  // Spanish, French, Polish, Portuguese
  // lookbehind, not \b: \b knows only ASCII word characters, so it never fits before "únete"
  /(?<![\p{L}\p{N}_])(s[ií]guenos en|suscr[ií]bete|únete desde|únete a nuestro canal|canal de (telegram|youtube)|puede escribirnos|inscrivez-vous à (notre|la) newsletter|suivez-nous|zapraszamy (też )?do subskrypcji|subskrybuj|nos siga no|n'engagent que leurs auteurs|n’engagent que leurs auteurs|cancela cuando quieras|pour créer des paragraphes)/iu,
];

/**
 * A question to the reader about the article itself, opening a block ("Hat dir dieser Artikel gefallen? Dann würde es uns sehr
 * freuen, wenn auch du uns als Supporter … unterstützt.", "Ihnen hat der Artikel gefallen? Bitte helfen Sie …", "Did you enjoy
 * this article?"): the outlet's appeal for support or shares, read up to `max` characters (ebike-mtb's runs past
 * CALL_TO_ACTION_MAX); a question the text asks ("Wie hat Ihnen das gefallen?") names no article.
 */
export const APPEAL_OPENING = {
  start:
    /^((hat|haben) (dir|euch|ihnen) (dieser|der|unser) (artikel|beitrag|text) gefallen|(dir|euch|ihnen) hat (dieser|der|unser) (artikel|beitrag|text) gefallen|gefällt (dir|euch|ihnen) (dieser|der|unser) (artikel|beitrag)|did you (enjoy|like) (this|the) (article|post|story)|(liked|enjoyed) (this|the) (article|post|story)|vous avez aimé cet article|¿te (ha )?gust(ó|a) (este|el) artículo)\s*\?/i,
  max: 600,
} as const;

/**
 * An affiliate or advertiser disclosure ("*Disclosure: Some of the links above are affiliate links, meaning, at no additional cost
 * to you, Fandom will earn a commission …", "(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links. Wenn Du über
 * diese Links … kaufst, erhält Tarnkappe.info eine kleine Provision.", "** mit ** markierte … Links … sind teilweise Partner-Links:
 * … wir erhalten dann einen kleinen Teil vom Verkaufserlös."): the block's first sentence names the affiliate links (`links`) and
 * the block says who earns by them (`earns`), up to `max` characters. A deals page's own opening ("Viele Händler haben … Die
 * folgenden Angebote sind mit Affiliate-Links versehen.") names the links later and stays; so does a text on affiliate
 * marketing that names no earner ("Affiliate-Links sind Links, für die der Betreiber eine Provision erhält."). `issuer`: a
 * card-points site's note that its values are its own, not the card issuer's ("*Bonus value is an estimated value calculated
 * by TPG and not the card issuer."), alone; so is `sponsored`.
 */
export const DISCLOSURE_NOTE = {
  links: /\b(affiliate[- ]?links?|partner[- ]?links?|provisions[- ]?links?|werbe[- ]?links?)\b/i,
  earns:
    /\b((we|i|\p{Lu}[\p{L}.-]+) (may |will |might |could )?(earn|receive|get) (a |an )?(small )?(affiliate )?(commission|fee)|at no (additional|extra) (cost|charge) to you|as an amazon associate|((erhalten|bekommen|verdienen) wir|wir (dann )?(erhalten|bekommen|verdienen))\b[^.!?]{0,60}\b(provision|prämie|anteil|teil vom)|erhält \p{Lu}[\p{L}.-]*( ggf\.)? (eine|einen) (kleine |kleinen )?(provision|anteil)|(dir|ihnen|euch) entstehen (dabei |dadurch )?keine (zusätzlichen |weiteren |extra )?kosten)/iu,
  issuer:
    /\bcalculated by [^.!?]{1,40} and not (by )?the (card )?issuer\b|\bnot (been )?(provided|commissioned|reviewed|approved|endorsed) by (the|any) (bank|card issuer|credit card issuer|advertiser)\b/i,
  /** a page's note that it carries paid matter ("Diese Seite zeigt gesponserten Marketing-Inhalt, … Banner und Flash-Anzeigen.") */
  sponsored:
    /^(diese seite|dieser (beitrag|artikel)|this (page|post|article)) (zeigt|enthält|beinhaltet|contains|shows|includes) (gesponserte[nrs]?|bezahlte[nrs]?|sponsored|paid)\b/i,
  max: 600,
  reason: 'affiliate or advertiser disclosure',
} as const;

/** An advertisement's label on a line of its own ("Anzeigen", "Advertisement", "Publicidad"): the ad's own text went with its box. */
export const AD_LABEL_LINE = /^(anzeigen?|advertisement|publicidad|publicité|pubblicità|reklama|sponsored|gesponsert)[\s:.]*$/i;

/**
 * A pitch closing on a short call to act ("Über 20.000 Traumjobs … warten nur auf dich in der BASIC thinking-Jobbörse. Gleich
 * reinschauen und entdecken!", "Die Experten von viversum wissen mehr. Jetzt Gratisberatung sichern!*", "Diese Recherche wurde mit
 * der Unterstützung von Bürgerinnen und Bürgern realisiert. Jetzt unterstützen!", "Sign up today!"): the block's last sentence
 * opens with "Jetzt" / "Gleich" (or is an English "… now / today!") and ends on the verb of buying, booking, trying or giving with
 * an exclamation mark; read up to `max` characters (the outlet's appeal runs long). A slogan the text quotes stands after a
 * colon or in quotation marks ("… mit dem Spruch: Jetzt kaufen!", "„Jetzt Tickets sichern!“, warb …") and stays.
 */
export const CLOSING_CALL = {
  last: /(^|[.!?]\s+)((jetzt|gleich) [^.!?]{0,40}\b(sichern|entdecken|reinschauen|vorbeischauen|unterstützen|spenden|bestellen|abonnieren|testen|kaufen|buchen|anmelden|registrieren|herunterladen|downloaden|ausprobieren|mitmachen|shoppen)|(shop|order|buy|book|sign up|subscribe|donate|register|download it|try it( free)?|get yours) (now|today))!+\*?$/iu,
  max: 600,
  reason: 'pitch closing on a call to act',
} as const;

/**
 * A contact or address block under the text (a press release's press contact, an association's address and phone, a
 * site's footer address): lines that are only a phone or fax number, an e-mail address, a labelled web address, a postcode
 * and place, or a street and number ("Haeberlinstraße 1-3", "70563 Stuttgart", "Fon 07 11/97 81-0", "Telefon: +49 - (40) -
 * 300 30 - 1141", "Planungsbüro G. & L. Hoppe * Eckleinjarten 6 * 27580 Bremerhaven": one part of a line split at
 * `separator` is enough). Such a line goes when it stands in a run of short lines (`maxChars`) holding contact lines of
 * `minKinds` kinds, after the text: at least `minBefore` characters and half the text before the run, and the text does not
 * introduce it (`introduced`, `label`). A directory entry's
 * or an event's address under a short blurb (wir-empfehlen's "Ottostraße 14" under 320 characters) is the page's matter
 * and stays, as does every other line of the run (the office's name, the spokesperson, opening hours).
 */
export const CONTACT_LINE = {
  kinds: [
    /^(tel(efon)?|fon|phone|fax|telefax|mobil|handy)\.?\s*:?\s*(\+|\(?0)\d[\d\s()/.–-]{5,}$/i,
    /^((e-?mail|mail)\s*:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+$/i,
    /^(internet|web(site)?|homepage)\s*:\s*\S+$/i,
    /^((d|a|ch)-)?\d{4,5}\s+\p{Lu}[\p{L}./ -]{1,40}$/u,
    /^\p{L}[\p{L}.-]*(straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt)\s+\d+\s*[a-z]?(\s*[-–]\s*\d+\s*[a-z]?)?$/iu,
  ],
  separator: /\s+[*|•·]\s+/,
  maxChars: 80,
  minKinds: 2,
  minBefore: 800,
  /** the text introduces the address as its own matter: the line before the run ends in a colon (dsv's "Die Bestellung
   *  kann per E-Mail, postalisch oder telefonisch erfolgen unter:"), or the run holds an address label (a city guide's
   *  "Adresse:" over the theatre's address) -- the run stays */
  introduced: /:\s*$/,
  label: /^(adresse|anschrift|address|adres|dirección|indirizzo)\s*:?$/i,
  reason: 'contact or address line after the text',
} as const;

/**
 * A pointer to the next part of a series or page ("... weiter zu "die Wortwahl"", "Continue to part 2"): a short line that
 * names where to go, not a sentence of the text.
 */
export const NEXT_PART_LINE = /^(…|\.{3})?\s*(weiter (zu|zum|zur)|continue (to|with)|next (page|part|chapter)):?\s[^.!?]{1,60}$/i;

/**
 * An author's bio closing the text ("Jane Doe is a freelance writer for ...", "Anna Berg ist Redakteurin bei ..."): a name,
 * then what the person is, a writer's or founder's role within the first words. Read only as the last block, up to `max`.
 */
export const AUTHOR_BIO = {
  start: /^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){1,3},? (is|was|ist|war|arbeitet als) /u,
  role: /\b(writer|journalist|founder|co-founder|editor|reporter|author|correspondent|contributor|columnist|blogger|redakteur(in)?|journalistin|autor(in)?|gründer(in)?|korrespondent(in)?|kolumnist(in)?|bloggerin)\b/i,
  roleWithin: 120,
  max: 600,
} as const;

/** Blocks longer than this (characters) are read as paragraphs even when a call-to-action phrase appears in them. */
export const CALL_TO_ACTION_MAX = 260;

/** Lines that point elsewhere inside the text ("Lesen Sie auch", "Lee también..."): the line goes, the text around it stays. */
export const POINTER_LINES = /^(lesen sie auch|lies auch|weiterlesen|mehr lesen|read more|read also|see also|à lire aussi|lire aussi|lee también|leggi anche|czytaj także|czytaj też|zobacz także|leia também|newsletter|externer inhalt|empfohlener externer inhalt)[\s:?!.…»>]*$/i;

/**
 * A teaser of another article: its excerpt ending in the read-more link glued to it ("… Seht selbst! Weiterlesen",
 * "… Plus...", "… [czytaj więcej]", "… [więcej]", "… ...detail..."). Case matters: "de plus en plus..." is a sentence;
 * a bare "więcej" ("more") only in brackets ("coraz więcej." ends a sentence).
 */
export const TEASER_LINE =
  /\S\s+(\[?(Weiterlesen|weiterlesen|Read more|read more|Continue reading|Lire la suite|Leer más|Seguir leyendo|Leggi tutto|Czytaj więcej|czytaj więcej|Plus\.\.\.|\.\.\.detail\.\.\.)\]?|\[(więcej|Więcej)\])[\s.…»>]*$/u;

/**
 * A source line under a text, table or chart ("Źródło: ISBnews", "Quellen: (Medical News Today)", "Source: Eurostat"):
 * a credit, like a picture's. Short: a longer block that starts this way is a sentence.
 */
export const SOURCE_LINE = /^[([]?\s*(quellen?|quellenangaben?|źródło|źródła|sources?|fuentes?|fontes?|bron)\s*:\s*\S/i;
export const SOURCE_LINE_MAX = 120;

/**
 * Date, category and counter lines of a post's frame ("Veröffentlichung: 2. Februar 2022", "Letzte Änderung
 * 14.02.2019", "Kategorie: News", "Aufrufe: 1120"): a short block that starts this way is page furniture.
 */
export const META_LINE = /^(veröffentlicht( am)?|veröffentlichung|erstellt( am)?|aktualisiert( am)?|letzte änderung|zuletzt (geändert|aktualisiert|bearbeitet)( am)?|kategorien?|rubrik|aufrufe|kommentare insgesamt|mitglieder in diesem forum|der beitrag wurde am|last modified|last updated|release date|posted (on|in)|published( on)?|filed under|categor(y|ies)|this entry was posted|permalink|permalien|opublikowano|publié le|publicado( el)?)\b[\s:]*/i;
/**
 * Reading-time and comment-count lines of a post's frame ("Lesezeit: 4 Minuten", "5 min read", "Ten tekst
 * przeczytasz w 3 minuty", "View Comments"), a listing's result count ("Showing 1–10 of 19 results", "Es werden
 * die Weine 1 bis 10 von insgesamt 19 angezeigt"), a view or download counter ("(Visited 215 times, 55 visits today)",
 * "37 views", "Downloads: 22.273"), a rating widget's tally ("Rating: 6.0/6 (1 vote cast)"), when the page was last revised
 * ("Stand: 25.01.2022", "Stand: 07.11.2023, 07:30 Uhr", "(Letztes Update: 06.10.2023)", "(Unverändert gültig seit: 05.11.2021)") and a script's placeholder ("Loading ...", "Karte wird geladen - bitte
 * warten..."): page furniture like the meta lines, tested with the same length limit.
 */
export const FRAME_LINE =
  /^((geschätzte )?lese(zeit|dauer)|(estimated )?reading time|\((letzte[sr]? (update|aktualisierung|änderung)|unverändert gültig seit|zuletzt aktualisiert|last updated)\s*:?\s*\d[\d./-]*\)$|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania|ten tekst przeczytasz|\d+\s*(min\.?|minuten?|minutes?)\s*(read|lesezeit|lesedauer|de lecture|de lectura)\b|(view|show|load|read|see) (all )?(\d+ )?comments?\b|\d+ (comments?|kommentare?)$|showing \d+\s*[–-]\s*\d+ of \d+ results|\(?visited \d+ times?\b|[\d.,]+ (views|visits|aufrufe|zugriffe)$|(views|aufrufe|zugriffe|downloads|gelesen)\s*:\s*[\d.,]+$|rating: [\d.]+\/\d+ \(\d+ votes? cast\)|(es werden (die )?\S+ )?\d+ bis \d+ (von|aus) (insgesamt )?\d+ (angezeigt|ergebnissen|treffern)|stand:?\s*\d{1,2}\.\s*(\d{1,2}\.|[a-zäöü]+)\s*\d{2,4}(,?\s+\d{1,2}[:.]\d{2}(\s*uhr)?)?$|([\wäöü-]+ )?(loading|wird geladen|lädt)\s*(\.{3}|…)?(\s*[-–]\s*bitte warten\s*(\.{3}|…)?)?$)/i;

/**
 * A line that ends with when the page last changed ("Evgenia Karp Zuletzt geändert am 06.11.2023", "page.html - Created
 * 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm"): the page's frame, wherever the phrase stands in the line; the date
 * closes it (a sentence "The list was last updated in March" does not end in one). Tested with META_LINE_MAX.
 */
export const CHANGED_LINE =
  // lookbehind, not \b, so that "última" can begin a match (\b knows only ASCII word characters)
  /(?<![\p{L}\p{N}_])(last modified|last updated|zuletzt (geändert|aktualisiert)|letzte (änderung|aktualisierung)|dernière mise à jour|última actualización)(:| am| on| le| el)?\s*\d[\d./-]*(,?\s+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?|uhr)?)?\s*$/iu;

/**
 * How long a broadcaster's video or audio stays online, a line of its player ("Video verfügbar bis 28.02.2021", ARD's
 * "Video verfügbar bis:" over its date, "Available until 31/12/2023", "Disponible jusqu'au 12/05/2023"): the player's
 * frame, like a date line. The line opens with the phrase and ends at it, its colon or a date (a sentence "Verfügbar bis
 * Ende Mai ist das Angebot …" goes on past it). Tested with META_LINE_MAX.
 */
export const AVAILABLE_LINE =
  /^((video|audio|sendung|folge|beitrag|podcast|episode|vidéo|vídeo)\s+)?(verfügbar|abrufbar|online|available|disponible)\s+(bis|until|till|jusqu['’]?\s*(au|à)|hasta( el)?|até)(\s*:|\s*:?\s*(zum\s+)?\d{1,4}[./-]\s*\d{1,2}[./-]\s*\d{2,4}(,?\s+\d{1,2}[:.]\d{2}(\s*uhr)?)?)?$/i;

/** A meta line longer than this is a sentence that happens to start that way. */
export const META_LINE_MAX = 260;

/**
 * WordPress's post-meta sentence ("This entry was posted on … and is filed under … You can follow any responses
 * … RSS 2.0 feed", "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt"): template text that runs
 * longer than other meta lines, read as one up to POST_META_LINE_MAX.
 */
export const POST_META_LINE = /^(this entry was posted|(der|dieser) beitrag wurde am)\b/i;
export const POST_META_LINE_MAX = 600;

/**
 * A byline on a line of its own ("Posted by Alex Durán, AMP Project Marketing, Google", "Written by Miami Today on November 7,
 * 2023", "Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)", "By Evan Symon, August 14, 2020 2:30 pm", "Por Adriano
 * Fernandes | 03/05/2022 20:36"; a bare German "Von" opens headings too: "Von Rechts wegen"): a name follows, and the line does not end with a
 * full stop, question or exclamation mark ("Written by Shakespeare around 1600, the play was first printed in 1603." is a
 * sentence). Tested up to BYLINE_LINE_MAX. No i flag: with it \p{Lu} takes lower case too.
 */
export const BYLINE_LINE = /^(([Pp]osted|[Ww]ritten|[Gg]eschrieben|[Vv]erfasst|[Pp]ublicado|[Pp]ublié|[ÉéE]crit) (by|von|por|par)|By|Por) \p{Lu}(?![\s\S]*[.!?…]["“”»]?$)/u;
export const BYLINE_LINE_MAX = 120;

/** Picture captions by their form: a credit at the end ("… © AFP / Name", "… Foto: Andina") or a caption label first. */
export const CAPTION_LINE = /(©\s*([^.!?©]|\.(?=\w)){1,50}$|\b(foto|fotos|photo|bild|quelle: foto)\s*:\s*([^.!?:]|\.(?=\w)){1,40}$|^(vergrößern|bild anzeigen|beitragsbild|titelbild|image illustrative|abbildung( \d+)?:|logo des? ))/i;
/** Captions are short: a paragraph that ends with a credit is left alone above this length. */
export const CAPTION_LINE_MAX = 220;

/**
 * Text written with look-alike letters of another script ("Аdvеrtіѕе wіth ..." with Cyrillic А, е, і, ѕ among Latin letters):
 * an ad or promo disguised from blockers. A word (a run of letters) that mixes Latin and Cyrillic; a line with this many
 * such words goes ("IT-специалист" is two words). Greek is left out: units mix it with Latin ("μg", "μm").
 */
export const MIXED_SCRIPT_WORD = /\p{Script=Latin}\p{L}*\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{L}*\p{Script=Latin}/gu;
export const MIXED_SCRIPT_MIN_WORDS = 3;
/** Any Cyrillic letter: most lines have none, and skip the word test. */
export const MIXED_SCRIPT_HINT = /\p{Script=Cyrillic}/u;

/** A line that is only a date and/or a time ("23.10.2018", "2021-10-16", "3:59 PM", "20:37 Uhr", ARD's "14.10.2020 ∙ 14:00 Uhr"), maybe labelled ("Date 23.05.2011", "Datum: 31/08/2019"). */
export const DATE_ONLY_LINE = /^(?=.*\d)((datum|date|fecha|data)\s*:?\s*(?=\d))?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})?[\s,|·∙•]*(\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?(\s?uhr)?)?$/i;

/**
 * A line that is only a date written with the month's name, maybe with a time ("25. November 2021 16:11 Uhr", "21. Jan 2022",
 * "July 7, 2020", "6. November 2023 / 09:18 Uhr"): German, English, Spanish and French months ("3 de mayo de 2022", "3 mai
 * 2022"). With the weekday before it only with a time after it ("martes, 3 de mayo de 2022 · 23:57"): a weekday's date
 * alone heads a day of a programme or a diary ("Donnerstag, 03. Februar 2022" over a tournament's first round).
 */
const MONTHS =
  '(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|january|february|march|may|june|july|october|december|mar|oct|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)';
const WEEKDAYS =
  '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const DAY_MONTH_YEAR = `(\\d{1,2}\\.?\\s+(de\\s+)?${MONTHS}\\.?\\s+(de\\s+)?\\d{4}|${MONTHS}\\.?\\s+\\d{1,2},?\\s+\\d{4})`;
const CLOCK = '[,\\s|/·•-]*(um\\s+|à\\s+|a las\\s+)?\\d{1,2}[:.h]\\d{2}(\\s*(uhr|h|hs|[ap]\\.?m\\.?))?';
export const DATE_WORDS_LINE = new RegExp(`^(${DAY_MONTH_YEAR}(${CLOCK})?|${WEEKDAYS},?\\s+${DAY_MONTH_YEAR}${CLOCK})$`, 'i');

/**
 * A line of short items between bars ("January 13, 2020 | categories: Python | View Comments", "IMPRESSUM |
 * DATENSCHUTZ | COPYRIGHT X"): a post's meta row or a footer menu, not a sentence. At least this many items,
 * each at most this long, none ending like a sentence.
 */
export const BAR_LINE = { separator: /\s[|•·]\s/, minItems: 3, maxItemChars: 45, sentenceEnd: /[.!?…]$/ } as const;

/**
 * A breadcrumb trail before the text starts: a home link first ("Home", "Startseite", "Inicio"), then the
 * sections, then (with no separators) the page's own headline. `separated` is the trail with separators.
 */
export const BREADCRUMB_TRAIL = {
  start: /^(home|homepage|startseite|start|inicio|portada|accueil|strona główna|home page)\s+\S/i,
  separated: /^(home|homepage|startseite|start|inicio|portada|accueil|strona główna|home page)\s*[>»›/|]\s*\S/i,
  maxChars: 300,
} as const;
