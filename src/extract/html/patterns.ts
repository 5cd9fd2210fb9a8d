// Boilerplate and content signals as data: tag names, roles, class/id patterns and their reasons.

/** Elements whose content is never article text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'map', 'select', 'button', 'input', 'textarea', 'option', 'head', 'link', 'meta', 'dialog', 'math', 'frameset',
  // ruby annotations (furigana, pinyin) read above the text; inline they split every annotated word
  'rt', 'rp',
]);

/** Structural elements that hold page chrome, with the reason shown in `removed`. */
export const CHROME_TAGS: Record<string, string> = {
  nav: 'navigation',
  figure: 'image and caption',
  figcaption: 'image caption',
  footer: 'page footer',
  aside: 'sidebar (aside)',
  menu: 'menu',
  // a form's labels, notes and options (a comment form, a poll, a donation or contact form) are no text; a form that
  // wraps the page (ASP.NET) holds most of it and is spared as a wrapper
  form: 'form',
};

/** ARIA roles that mark chrome. */
export const CHROME_ROLES: Record<string, string> = {
  navigation: 'navigation',
  banner: 'page header',
  contentinfo: 'page footer',
  complementary: 'sidebar',
  search: 'search box',
  dialog: 'dialog',
  alertdialog: 'dialog',
  menu: 'menu',
  menubar: 'menu',
};

/**
 * class/id patterns of chrome blocks, tested on the element's class and id joined by spaces.
 * Word-ish boundaries keep "comment" from matching "commentary-text" mistakes where possible.
 */
export const CHROME_PATTERNS: Array<{ re: RegExp; reason: string }> = [
  { re: /(^|[\s_-])(comments?|kommentare?|respond|disqus|reply|replies|comment-?list|comment-?form|discussion|forum|forums)($|[\s_-])/i, reason: 'comments' },
  // PKP's journal software prefixes every component with "cmp_" (cmp_notification, cmp_breadcrumbs): no consent box
  { re: /(^|[\s_-])(cookies?|consent|gdpr|cmp(?!_)|privacy-?banner|onetrust)($|[\s_-])/i, reason: 'cookie notice' },
  { re: /(^|[\s_-])(news-?letters?|subscribe|subscription|signup|sign-up|abo-?box|paywall|piano|registration|appstores?|app-?stores?|app-?download|app-?badges?)($|[\s_-])/i, reason: 'newsletter or subscription box' },
  { re: /(^|[\s_-])(share|sharing|social|socials|sharebar|share-?buttons|shariff|addthis|sociable|follow-?us|social-?media)($|[\s_-])/i, reason: 'share buttons' },
  // a teaser box as a block of its own ("teaser", "c-teaser", "c-aside-teaser") or a row of teasers; "teaser-text" and
  // "article-teaser" name a lead (LEAD_WORDS)
  { re: /(^|\s)([a-z]{1,2}[-_])?teaser($|\s)|teasers($|[\s_-])|aside-?teaser/i, reason: 'related-articles list' },
  { re: /(^|[\s_-])(related|more-?stories|more-?articles|read-?more|(post|posts|article|articles)-?list|list-?(posts|articles)|recommended|recommendations|also-?read|weitere|teaser-?list|outbrain|taboola|plista|popular|most-?read|trending|meistgelesen|next-?post|prev-?post|post-?navigation|nav-?links|inline-?teaser|teaser-?box|inline-?box|inline-?text-?box|(en[-_]?)?savoir[-_]?plus)($|[\s_-])/i, reason: 'related-articles list' },
  { re: /(^|[\s_-])(nav|navbar|navigation|menu|menubar|breadcrumbs?|pagination|pager|skip-?link|skiplinks?|toc|sitemap|topbar|top-?bar|masthead)($|[\s_-])/i, reason: 'navigation' },
  { re: /(^|[\s_-])(footer|site-?footer|page-?footer|colophon|copyright|imprint|impressum|legal)($|[\s_-])/i, reason: 'page footer' },
  { re: /(^|[\s_-])(sidebar|side-?bar|widget|widgets|widget-?area|rail|right-?col|left-?col|marginal|secondary|(article|right|left|page|content)-?side|side-?(col|column|box|content)|fact-?box(es)?)($|[\s_-])/i, reason: 'sidebar' },
  { re: /(^|[\s_-])(ad|ads|advert|adverts|advertisement|anzeige|werbung|sponsor|sponsored|promo|banner|dfp|adslot|ad-?slot|ad-?container|commercial)($|[\s_-])/i, reason: 'advertisement' },
  // a caption names a picture's text, a credit or legend (the figcaption's reason); a gallery or image box holds pictures
  { re: /(^|[\s_-])(captions?|wp-caption|wp-caption-text|image-?caption|img-?caption|photo-?caption|media-?caption|credits?|image-?credit|photo-?credit|copyright-?info|bildunterschrift|bildnachweis|bildquelle|image-?source|img-?source|photo-?source|legend)($|[\s_-])/i, reason: 'image caption' },
  { re: /(^|[\s_-])(image-?box|img-?box|photo-?box|picture-?box|bild-?box|gallery|slideshow|slider|carousel|lightbox)($|[\s_-])/i, reason: 'image caption or gallery' },
  { re: /(^|[\s_-])(tags?|tag-?list|tagcloud|tag-?cloud|categories|category-?list|keywords|schlagworte|post-?tags|entry-?tags|topics)($|[\s_-])/i, reason: 'tag list' },
  // saboxplugin-wrap: the Simple Author Box plugin; abh_box: the StarBox plugin
  { re: /(^|[\s_-])(author-?bio|author-?box|about-?author|autor-?box|author-?info|bio-?box|saboxplugin-?wrap|abh_box)($|[\s_-])/i, reason: 'author box' },
  { re: /(^|[\s_-])(byline|post-?meta|entry-?meta|article-?meta|meta-?data|postmeta|dateline|published|post-?date|entry-?date|timestamp|date|datum|posted-?on|post-?info|entry-?info|meta-?info|authors?|autor|credits?|signature|post-?signature)($|[\s_-])/i, reason: 'byline or date line' },
  { re: /(^|[\s_-])(disclosure|disclosures|disclaimer|notice|notices|affiliate-?(text|notice|disclosure|disclaimer|hinweis))($|[\s_-])/i, reason: 'disclosure notice' },
  { re: /(^|[\s_-])(embed|embeds|embedded|oembed)($|[\s_-])/i, reason: 'embedded post' },
  { re: /(^|[\s_-])(print|drucken|rating|ratings|voting|likes?|reactions|toolbar|tools|actions|utility|login|modal|popup|overlay|lightbox|hidden|visually-?hidden|sr-?only|screen-?reader)($|[\s_-])/i, reason: 'page tools' },
];

/** A page-tools name that is a box laid over the page (a login or sign-in panel, a modal, a popup). */
export const OVERLAY_NAME = /(^|[\s_-])(login|modal|popup|overlay)($|[\s_-])/i;
/**
 * A box laid over the page by a name ending in its overlay word ("x-dialog-login", "login-modal", "IE-overlay",
 * "text-share-popup"): removed before Readability reads the page; "modal-enabled" on an article box says what its
 * pictures do.
 */
export const OVERLAY_BOX = /(^|[_-])(login|modal|popup|overlay)$/i;

/**
 * An article's lead (standfirst, intro, excerpt, "chapo", "bajada", "Vorspann", "sommario", "perex", the subheadline
 * or teaser under the headline): templates often put it in the article header, outside the marked body. A class token or id is a lead name when one of its words (split at
 * - _ and camelCase) is in LEAD_WORDS and none is in LEAD_NOT_WORDS, or when the whole token is a LEAD_COMPOUNDS entry.
 */
export const LEAD_WORDS = new Set(['lead', 'leadtext', 'intro', 'introtext', 'excerpt', 'standfirst', 'chapo', 'bajada', 'vorspann', 'abstract', 'dek', 'deck', 'summary', 'subline', 'lede', 'subtitle', 'subheadline', 'epigraph', 'teaser', 'perex', 'zajawka', 'sumario', 'entradilla', 'sommario', 'chapeau', 'strapline']);
export const LEAD_NOT_WORDS = new Set(['image', 'img', 'media', 'photo', 'picture', 'video', 'figure', 'caption', 'gallery', 'list', 'item', 'items', 'link', 'links', 'author', 'meta', 'label']);
/** schema.org properties that mark an article's lead in the markup ("description" on the standfirst). */
export const LEAD_ITEMPROPS = new Set(['description', 'abstract', 'alternativeHeadline']);
export const LEAD_COMPOUNDS = new Set(['teasertext', 'articleteaser', 'newsdescription', 'newsteaser', 'storyteaser', 'articledescription']);

/**
 * A recipe's ingredients ("recipe-ingredients", "m053-ingredients", "zutaten"): templates give them a box of their own
 * beside the steps, and link products or ingredient pages from them. A class token or id whose words hold one of these.
 */
export const INGREDIENT_WORDS = new Set(['ingredient', 'ingredients', 'zutaten', 'ingredientes', 'ingredienti', 'ingrédients', 'skladniki', 'składniki']);

/**
 * Class tokens that carry no chrome signal, so the chrome patterns do not see them (each a whole token):
 * page-builder wrappers, and utilities that style a block rather than name it. Print-only and screen-reader
 * blocks ("print-only", "visually-hidden") still read as page tools.
 */
export const NEUTRAL_CLASSES: RegExp[] = [
  // a style variant ("secondary" next to "primary": a colour or weight); WordPress's sidebar is the id "secondary"
  /^secondary$/i,
  // the same variant on a style's block ("font--secondary", "btn-secondary", "bg--color-secondary", "is-secondary")
  /^(font|text|txt|colou?r|bg|background|btn|button|is|theme|typo)[-_]([\w-]*[-_])?secondary$/i,
  // script hooks: what a script does with a block ("js-slider-toggle", "js_readmore"), not what it is
  /^js[-_][\w-]+$/i,
  // page builders and themes that wrap every block, article text included ("elementor-widget-container")
  /^elementor-widget(-[\w-]+)?$/i,
  // print layout: how a block prints ("no-print", "hidden-print", "d-print-none", "print-full")
  /^(([a-z]+-)?(hidden|hide|no)(-for|-on)?-print|([a-z]-)?print-(none|hide|no|full|block)|d-print-[a-z]+)$/i,
  // responsive visibility: hidden on some screens, shown on others ("hidden-xs", "elementor-hidden-tablet")
  /^([a-z]+-)?hidden-(xxs|xs|s|sm|m|md|l|lg|xl|xxl|small|medium|large|phone|mobile|tablet|desktop)(-(up|down))?$|^(mobile|tablet|desktop)-hidden$/i,
  // a hidden label or overflow, not a hidden block (Drupal's "field--label-hidden" on every body field)
  /^(field-{1,2}label-[\w-]+|([\w-]+-)?label-hidden|hidden[-_]label|title-is-hidden|overflow(-[xy])?-hidden)$/i,
  // what a block holds, not what it is ("has-sharing", "o-section--has-ads", "with-sidebar-right")
  /^(has|with)-[\w-]+$|--(has|with)-[\w-]+$/i,
  // a BEM modifier saying a layout block carries an ad slot ("TestReport__Section--Ads", "c-container--ads", "block1--ads",
  // "o-article--ad-bottom"): the block is text with an ad in it; an element named as the ad ("article__ad") stays chrome
  /^([\w-]*[_-])?(section|container|article|block\d*|content|body|main|row|col|column|wrapper)--(ads?|ad-[\w-]+)$/i,
  // a layout that places a sidebar beside the text ("c-fixed-sidebar-layout--left", "layout-right-sidebar")
  /^[\w@-]*(sidebar[\w@-]*layout|layout[\w@-]*sidebar)[\w@-]*$/i,
];

/** A gallery page: its body, main or article carries one of these class words, and its slides' captions are its text. */
export const GALLERY_PAGE_TAGS = new Set(['body', 'main', 'article']);
export const GALLERY_PAGE = /(^|[\s_-])(gallery|slideshow)($|[\s_-])/i;

/** Containers that announce the article body; the first good one is the main candidate. */
export const CONTENT_SELECTORS = [
  '[itemprop="articleBody"]',
  '[itemprop="articlebody"]',
  '.article-body', '.article__body', '.articleBody', '.article-content', '.article__content', '.article-text',
  '.story-body', '.story-content', '.entry-content', '.post-content', '.post-body', '.post-entry', '.postcontent',
  '.post_content', '.entry_content', '.article_body', '.article_content', '.blog-content', '.single-content',
  '.content-body', '.text-content', '.news-text', '.artikel', '.beitrag', '.field-name-body', '.field--name-body',
  '.node-content', '.main-content', '#article-body', '#articleBody', '#article', '#content-body', '#story',
  'article', 'main', '[role="main"]', '#content', '.content',
];

/** Block elements: text inside one never runs into the text of the next. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'figure', 'figcaption', 'address',
  'header', 'footer', 'nav', 'aside', 'form', 'fieldset', 'center', 'hr', 'body', 'caption', 'details', 'summary',
]);

/**
 * Inline tags: one classed as chrome, holding no text, inside a heading or right before one is the heading's anchor (a
 * contents plugin's "ez-toc-section-end" inside an h2, "heading-toc" before an h3): it stands for no section of the page.
 */
export const INLINE_MARKER_TAGS = new Set(['span', 'a', 'i', 'em', 'b', 'strong', 'small', 'u', 'font', 'label', 'ins']);

/** Tags whose text reads as a paragraph when scoring containers. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'dd', 'li']);

/**
 * A jump link that skips over the page rather than listing its parts: to the top, to the content, back to the contents
 * ("Nach oben", "↑ Back to top", "Springe zum Inhalt", "Zurück zum Inhaltsverzeichnis", "Jump to navigation Jump to
 * search", "Continue reading the main story", a scroll arrow's icon name). A table of contents' entries name sections.
 */
export const SKIP_LINK =
  /^([\s↑⇧▲^]*(nach oben|zurück nach oben|(back|return|go|scroll) to (the )?top|top|to top|(zum )?seitenanfang|haut de page|retour en haut|volver arriba|ir arriba|torna su|skip to (the )?(main )?(content|navigation|article|search)|skip (navigation|links?)|jump to (the )?(navigation|search|recipe|content|main content|comments)|springe? (zu(m|r)?|direkt zu(m|r)?) (inhalt|hauptinhalt|navigation|suche)|(direkt )?zum inhalt( springen)?|zurück zu(m|r)? (inhaltsverzeichnis|übersicht|anfang|seitenanfang)|continue reading the main story|keyboard_arrow_(down|up)|arrow_(upward|downward))[\s↑⇧▲.!»>]*)+$/i;

/** Blocks of list-like navigation: dropped when most of their text is links. */
export const LINK_DENSITY_MAX = { list: 0.35, short: 0.5, long: 0.65 } as const;

/** A block shorter than this (characters) counts as short for the link-density test. */
export const SHORT_BLOCK = 80;

/** Short lines that credit or caption a picture ("Foto: dpa", "(Photo: AP)", "Crédits photos : X", "Image credit: X", "Photo Source: X", "Bildcredit: X"). */
export const CREDIT_LINE = /^[([]?\s*(fotos?|photos?|bild(er)?|image|titelbild|grafik|abbildung|illustration|credits?|crédits?( photos?)?|bildquelle|bildnachweis|quelle: foto|(image|photo|foto|bild|picture|img)\s?(credits?|sources?|quellen?|nachweis))\s*(\d+\s*)?[:©|]/i;
/** A credit line longer than this is a paragraph that happens to start that way. */
export const CREDIT_LINE_MAX = 120;

/** A block the class table names an image caption ("credit", "image-credit") that holds no picture, is no <figcaption>,
 * is this short and credits the translation ("Translated from Spanish by ...", "Traducción: ...") credits a
 * contributor, not a picture: removed under that reason. */
export const TRANSLATION_CREDIT_BLOCK = {
  from: 'image caption',
  maxChars: 300,
  pictures: new Set(['img', 'picture', 'figure', 'svg', 'video']),
  reason: 'contributor credit',
};

/** LABEL_VALUE's line (a `\p{}` pattern at module level: built once, letters.ts says why) */
const LABEL_VALUE_LINE = /^\p{L}[\p{L}\p{N}&+-]*(?: [\p{L}\p{N}&+-]+){0,2}: [^.!?:]{1,40}$/u;

/**
 * A "Label: value" line of a credits or spec list ("Kreole: Stella Hoops", "Earcuff: Zoeca"): a short label of one to three
 * words, a colon, a short value that is no sentence. When its value is a link it reads as link-heavy; beside a line of the
 * same shape without a link it is one entry of the list (dropLinkHeavy). A pointer ("Lesen Sie auch: <a>…</a>", "Quelle:
 * <a>dpa</a>") rarely stands beside an unlinked line of that shape.
 */
export const LABEL_VALUE = {
  line: LABEL_VALUE_LINE,
  /** the value may be a link; the label may not (its characters outside the links) */
  labelChars: /^[^:]*:/,
} as const;

/** a headline: words, not an address (a module constant: a `\p{…}` pattern is compiled once, letters.test.ts) */
const POINTER_HEADLINE = /\p{L}{2,}\s+\p{L}/u;

/**
 * A pointer to another article set inside the text: a short paragraph wholly in one emphasis (`<p><em>Kicker: <a>Headline
 * of another article</a></em></p>`, polityka's "Były dowódca wojsk USA w Europie: Rosja jest groźna", impulse's "Mehr dazu
 * lesen Sie hier: <a>…</a>"). The link closes the paragraph, the words before it lead into it with a colon, and its text
 * is a headline of words (a bare address, "rogatekloster.wordpress.com", or a registration URL is the text's own source).
 */
export const INLINE_POINTER = {
  emphasis: new Set(['em', 'strong', 'i', 'b']),
  maxChars: 160,
  /** the link's share of the paragraph's characters */
  minLinkShare: 0.25,
  /** the words before the link end in a colon */
  lead: /\S:\s*$/,
  headline: POINTER_HEADLINE,
  /** links that lead nowhere else (a jump, a script, no address) */
  href: /^\s*(#|javascript:|$)/i,
  reason: 'pointer to another article',
} as const;

/** a sentence's end followed by the next sentence (a module constant: `\p{…}`, letters.test.ts) */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/**
 * The words right before the link of a pointer in plain type, by language (each a phrase a reader is sent on with: "…
 * findest Du <a>hier</a>.", "… click <a>here</a>.", "Pour en savoir plus, cliquez <a>ici</a>."). Verbs of sending and
 * "in our <article noun>": "in our office", "please refer to" or "can be found" name the text's own matter and stay.
 */
const POINTER_LEADS = [
  // German
  'findest du',
  'finden sie',
  'findet ihr',
  'lesen sie',
  'lest ihr',
  'erfahren sie',
  'erfahrt ihr',
  // "Mehr Infos findet ihr auf der <a>Website von Advanced</a>.": the page is another site's
  '(?:findest du|finden sie|findet ihr) auf (?:der|dem|unserer|unserem|seiner|ihrer)',
  'in unsere[mnr]? \\S+',
  // English
  'click',
  'read more(?: about)?',
  'read (?:our|the full) (?:article|story|post|guide|review|report|interview)',
  'in our (?:article|story|post|guide|review|report|explainer|feature)',
  // Spanish
  'clic',
  'pincha',
  'lea (?:más|también|aquí)',
  'en nuestr[oa] (?:artículo|nota|guía|sección|reportaje)',
  // French
  'cliquez(?: ici)?',
  'lire aussi',
  'dans notre (?:article|dossier|guide)',
  // Italian
  'clicca(?: qui)?',
  'leggi anche',
  'nel nostro (?:articolo|approfondimento)',
  // Portuguese
  'clique(?: aqui)?',
  'leia (?:mais|também)',
  'no nosso (?:artigo|guia)',
  // Polish
  'kliknij',
  'czytaj (?:też|także|więcej)',
  'w naszym (?:artykule|poradniku)',
  // Dutch
  'klik',
  'lees (?:meer|ook)',
  'in ons (?:artikel|blog)',
];

/** POINTER_LEADS as one pattern at the end of the words before the link, not inside a word (a module constant: `\p{…}`) */
const POINTER_LEAD = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${POINTER_LEADS.join('|')})\\s*$`, 'iu');

/**
 * The same pointer in plain type, a sentence that sends the reader to another page of the site and closes on the link:
 * fogsmagazin's "Alles über nachhaltige Wanderschuhe findest Du <a>hier</a>.", mobilsicher's box "Wie Apple … schützt,
 * erklären wir in unserem Beitrag <a>iCloud: …</a>", "Die kompletten Resultate finden Sie in unserer <a>Ergebnisrubrik</a>".
 * Only the words right before the link tell it: "finden Sie in der Pressemeldung sowie im <a>Monatsbericht</a>" names the
 * text's own sources and stays. A `<div>` counts when it holds no block (a box of one sentence).
 */
export const PLAIN_POINTER = {
  tags: new Set(['p', 'div']),
  maxChars: 200,
  /** what may follow the link: a full stop, an ellipsis */
  trail: /^[.!…]*$/,
  /** the words that lead into the link: "findest Du", "finden Sie", "in unserem Beitrag", "clic" (AQUÍ), POINTER_LEADS */
  lead: POINTER_LEAD,
  /** a link whose own words end on "here" holds the lead too ("Alle weiteren Informationen <a>findet ihr hier</a>.",
   *  "For the schedule, <a>click here</a>."): the lead is read before that word */
  here: /\s+(?:hier|here|ici|aquí|aqui|qui|tutaj)$/i,
  /** a report or survey to download is the text's own source ("Die vollständigen Umfrageergebnisse finden Sie <a>hier zum Download</a>") */
  source: /download|herunterladen|\bpdf\b/i,
  /** a pointer is one sentence: lidl's "Aus ökologischen Gründen enthält dein Paket keine Rücksendeunterlagen. Wie du …
   *  findest du <a>hier</a>." says something of its own before it points */
  sentenceBreak: SENTENCE_BREAK,
  href: INLINE_POINTER.href,
  reason: INLINE_POINTER.reason,
} as const;
