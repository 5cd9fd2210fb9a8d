// Page chrome phrases in several languages, as data. Keys are compared on a normalised line
// (lower case, typographic quotes folded, bullets and trailing arrows/colons stripped):
//   lines:    the whole line is the phrase ("Read more", "Anzeige", "Войти")
//   prefixes: the line starts with the phrase and goes on ("Read more: <headline>", "More videos from TBS")
//   contains: the phrase anywhere in a line of at most `maxWords` words ("we use cookies", "all rights reserved")
// `strong` groups are applied even to clean records (JSON text fields); weak ones only to scraped pages.
import { REASON, type Reason } from './reasons.ts';
import { CALLS_TO_ACTION } from '../calls-to-action.ts';

export interface PhraseGroup {
  reason: Reason;
  strong: boolean;
  lines?: string[];
  prefixes?: string[];
  contains?: string[];
  /** a `contains` phrase only counts in lines of at most this many words */
  maxWords?: number;
}

export const PHRASE_GROUPS: PhraseGroup[] = [
  {
    reason: REASON.sectionLabel,
    strong: false,
    lines: [
      // en
      'home', 'news', 'world', 'business', 'politics', 'economy', 'markets', 'sport', 'sports', 'opinion', 'opinions',
      'analysis', 'tech', 'technology', 'science', 'health', 'culture', 'entertainment', 'lifestyle', 'travel', 'style',
      'europe', 'asia', 'africa', 'americas', 'middle east', 'uk', 'us', 'u.s.', 'world news', 'us news', 'uk news',
      'top news', 'latest', 'latest news', 'breaking news', 'just in', 'live', 'features', 'feature', 'editorial',
      "editor's picks", 'editors picks', 'in pictures', 'videos', 'video', 'podcasts', 'podcast', 'photos', 'gallery',
      'world+biz', 'world + biz', 'international', 'national', 'local', 'region', 'regions', 'sections',
      'more sections', 'all sections', 'weather', 'obituaries', 'education', 'environment', 'climate', 'explainer',
      'categories', 'category', 'archive', 'archives', 'recent posts', 'recent comments', 'blogroll', 'meta',
      // de
      'startseite', 'nachrichten', 'politik', 'wirtschaft', 'kultur', 'meinung', 'panorama', 'ausland', 'inland',
      'wissen', 'digital', 'newsticker', 'schlagzeilen', 'aktuell', 'regional', 'reise', 'gesundheit', 'ressorts',
      'kategorien', 'kategorie', 'archiv', 'neueste beiträge', 'neueste kommentare', 'letzte beiträge',
      // fr
      'accueil', 'actualités', 'actualite', 'actualité', 'politique', 'économie', 'société', 'monde', 'à la une',
      'en direct', 'opinions', 'idées', 'planète', 'faits divers',
      // es
      'inicio', 'portada', 'noticias', 'internacional', 'política', 'economía', 'deportes', 'cultura', 'opinión',
      'sociedad', 'última hora', 'mundo', 'españa', 'tecnología', 'salud',
      // it
      'notizie', 'esteri', 'politica', 'economia', 'cronaca', 'spettacoli', 'ultime notizie', 'mondo', 'interni',
      // pt, nl
      'notícias', 'últimas notícias', 'nieuws', 'binnenland', 'buitenland',
      // ru, uk
      'главная', 'новости', 'политика', 'экономика', 'в мире', 'общество', 'спорт', 'культура', 'происшествия',
      'мнения', 'главное', 'лента новостей', 'все новости', 'аналитика', 'мультимедиа', 'фото', 'видео',
      'головна', 'новини', 'усі новини',
    ],
  },
  {
    reason: REASON.navigation,
    strong: false,
    lines: [
      'menu', 'main menu', 'search', 'skip to content', 'skip to main content', 'skip navigation', 'back to top',
      'next', 'previous', 'next article', 'previous article', 'next story', 'more', 'show more', 'load more', 'see more',
      'see all', 'view all', 'close', 'open', 'toggle navigation', 'go to', 'top', 'en', 'de', 'fr', 'es', 'ru',
      'english', 'deutsch', 'français', 'español', 'italiano', 'русский', 'edition', 'change edition', 'about us',
      'contact', 'contact us', 'imprint', 'impressum', 'privacy', 'privacy policy', 'terms of use', 'terms of service',
      'terms and conditions', 'datenschutz', 'datenschutzerklärung', 'mentions légales', 'aviso legal', 'contatti',
      'контакты', 'о нас', 'поиск', 'меню', 'suche', 'recherche', 'buscar', 'cerca', 'zurück', 'weiter', 'retour',
      'suivant', 'précédent', 'siguiente', 'anterior', 'successivo', 'precedente', 'далее', 'назад', 'ещё', 'еще',
      'mehr', 'plus', 'más', 'altro',
    ],
  },
  {
    reason: REASON.siteCredit,
    strong: false,
    lines: ['powered by'],
    contains: ['bloggen auf wordpress.com', 'blog at wordpress.com', 'proudly powered by', 'theme by'],
    maxWords: 12,
    prefixes: ['powered by', 'site by', 'website by', 'designed by', 'developed by', 'realisiert von', 'réalisé par'],
  },
  {
    reason: REASON.related,
    strong: false,
    lines: [
      'related', 'related news', 'related articles', 'related stories', 'related content', 'related topics',
      'related coverage', 'most read', 'most viewed', 'most popular', 'most shared', 'most watched', 'popular',
      'popular now', 'trending', 'trending now', 'more stories', 'more news', 'more on this story', 'more on this topic',
      'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
      'recommended stories', 'read next', 'up next', "don't miss", 'top stories', 'in other news', 'more from',
      'latest stories', "what's new", 'other news', 'also in the news',
      'das könnte sie auch interessieren', 'mehr zum thema', 'meistgelesen', 'meistgelesene artikel', 'auch interessant',
      'weitere artikel', 'verwandte artikel', 'top-themen', 'empfehlungen', 'beliebt', 'meistgeklickt',
      'das könnte dich auch interessieren', 'das thema könnte dich auch interessieren', 'beliebte beiträge',
      'ähnliche beiträge', 'verwandte beiträge', 'related posts', 'similar posts', 'you may also enjoy',
      'les plus lus', 'sur le même sujet', 'articles similaires', 'nos recommandations', 'à découvrir', 'dans la même rubrique',
      'lo más leído', 'lo más visto', 'te puede interesar', 'noticias relacionadas', 'relacionado', 'relacionadas',
      'i più letti', 'più letti', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati',
      'mais lidas', 'leia também', 'meest gelezen',
      'самое читаемое', 'популярное', 'новости по теме', 'материалы по теме', 'еще новости', 'ещё новости',
      'другие новости', 'главные новости', 'выбор редакции', 'самое популярное', 'последние новости',
    ],
    prefixes: ['more videos', 'more from', 'more stories from', 'more in', 'latest from', 'most read in', 'more on'],
  },
  {
    reason: REASON.readMore,
    strong: true,
    lines: [
      'read more', 'read also', 'also read', 'see also', 'read the full story', 'continue reading', 'full story',
      'further reading', 'read full article', 'click here to read more', 'read the full article',
      'weiterlesen', 'mehr lesen', 'lesen sie auch', 'lesen sie mehr', 'mehr dazu', 'zum artikel', 'hier weiterlesen', 'lesen sie hier',
      'lire aussi', 'à lire aussi', 'lire la suite', 'voir aussi', 'à voir aussi', 'en savoir plus',
      'leer más', 'lee también', 'lea también', 'ver también', 'seguir leyendo', 'más noticias', 'más información',
      'leggi anche', 'leggi tutto', 'continua a leggere', 'leia mais', 'lees meer', 'lees ook',
      'читайте также', 'читать далее', 'подробнее', 'читать полностью', 'смотрите также', 'читайте подробнее',
    ],
    prefixes: [
      'read more', 'read also', 'also read', 'see also', 'related:', 'lesen sie auch', 'mehr zum thema', 'lire aussi',
      'à lire aussi', 'lee también', 'lea también', 'leer más', 'leggi anche', 'читайте также', 'смотрите также', 'по теме:',
    ],
  },
  {
    reason: REASON.advertisement,
    strong: true,
    lines: [
      'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'paid post',
      'promoted', 'promoted content', 'partner content', 'scroll to continue with content',
      'story continues below advertisement', 'article continues below', 'continue reading below', 'article continues after advertisement',
      'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'реклама', 'annonce', 'publicidade', 'advertentie',
    ],
    prefixes: ['advertisement', 'advertising', 'sponsored', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'реклама'],
    contains: ['affiliate link', 'affiliate-link', 'we may earn a commission', 'we earn a commission', 'erhalten wir eine provision', 'provision vom händler', 'für links auf dieser seite'],
    maxWords: 60,
  },
  {
    reason: REASON.share,
    strong: true,
    lines: [
      'share', 'share this', 'share this article', 'share this story', 'share article', 'share on facebook',
      'share on twitter', 'share on whatsapp', 'share on linkedin', 'share via email', 'tweet', 'email', 'e-mail', 'print',
      'copy link', 'link copied', 'save', 'save article', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'telegram',
      'pinterest', 'reddit', 'vk', 'x', 'messenger', 'flipboard', 'facebook twitter', 'facebook twitter email',
      'teilen', 'artikel teilen', 'drucken', 'merken', 'partager', 'partager cet article', 'imprimer', 'compartir',
      'share this:', 'like this:', 'teilen mit:', 'bewerten:', 'gefällt mir:', 'diesen beitrag teilen', 'beitrag teilen',
      'imprimir', 'condividi', 'stampa', 'поделиться', 'печать', 'partilhar', 'delen',
    ],
    prefixes: ['share on', 'share this', 'teilen auf', 'partager sur', 'compartir en', 'поделиться в'],
    contains: ['empfiehl dies deinen freunden', 'empfehlen sie diesen artikel', 'share this article with', 'tell a friend'],
    maxWords: 15,
  },
  {
    reason: REASON.login,
    strong: true,
    lines: [
      'log in', 'login', 'sign in', 'sign up', 'register', 'my account', 'log out', 'sign out', 'create account',
      'create an account', 'войти', 'вход', 'регистрация', 'выйти', 'личный кабинет', 'anmelden', 'registrieren',
      'einloggen', 'abmelden', 'mein konto', 'se connecter', 'connexion', "s'inscrire", 'mon compte', 'iniciar sesión',
      'registrarse', 'mi cuenta', 'accedi', 'registrati', 'entrar', 'inloggen',
    ],
    contains: [
      'register and/or log in', 'must be logged in to', 'log in to comment', 'sign in to comment', 'login to comment',
      'log in to leave a comment', 'sign in to continue', 'already have an account', 'create a free account',
      'you have reached your limit', 'free articles remaining', 'subscribe to continue reading', 'log in to continue reading',
      'sign in to continue reading', 'for subscribers only', 'nur für abonnenten',
      'зарегистрируйтесь', 'авторизуйтесь', 'войдите', 'melden sie sich an', 'connectez-vous',
    ],
    maxWords: 25,
  },
  {
    reason: REASON.comments,
    strong: true,
    lines: [
      'comments', 'comment', 'leave a comment', 'add a comment', 'add comment', 'post a comment', 'show comments',
      'view comments', 'join the conversation', 'join the discussion', 'discussion', 'reader comments', 'no comments',
      'kommentare', 'kommentieren', 'commentaires', 'commenter', 'réagir', 'comentarios', 'comentar', 'commenti',
      'commenta', 'комментарии', 'комментировать', 'обсуждение', 'коментарі', 'comentários', 'reacties',
      'pingback', 'trackback', 'antworten', 'reply', 'kommentar schreiben', 'kommentar verfassen', 'leave a reply',
    ],
    prefixes: ['comment by', 'kommentar von', 'pingback von', 'pingback:', 'trackback von', 'diskussion zu diesem artikel'],
    contains: [
      'your email address will not be published', 'deine e-mail-adresse wird nicht veröffentlicht',
      'ihre e-mail-adresse wird nicht veröffentlicht', 'required fields are marked', 'pflichtfelder sind mit',
      'votre adresse e-mail ne sera pas publiée', 'tu dirección de correo electrónico no será publicada',
    ],
  },
  {
    reason: REASON.commentPolicy,
    strong: true,
    contains: [
      'comments will be posted', 'moderation decisions', 'does not endorse any of the readers', "readers' own views",
      'comments are moderated', 'comments are reviewed', 'we reserve the right to remove', 'comments that are abusive', 'keep comments', 'comments policy',
      'comment policy', 'the views expressed in the comments', 'kommentare werden moderiert', 'netiquette',
      'les commentaires sont modérés', 'los comentarios están moderados', 'комментарии модерируются',
      'правила комментирования',
    ],
    maxWords: 80,
  },
  {
    reason: REASON.cookie,
    strong: true,
    lines: ['accept', 'accept all', 'reject all', 'manage preferences', 'cookie settings', 'cookie policy', 'cookies'],
    contains: [
      'we use cookies', 'this site uses cookies', 'this website uses cookies', 'uses cookies to', 'accept cookies',
      'accept all cookies', 'our use of cookies', 'the use of cookies on this', 'by continuing to use', 'by continuing to browse', 'cookie policy',
      'cookie settings', 'wir verwenden cookies', 'verwendet cookies', 'nutzt cookies', 'cookie-einstellungen',
      'nous utilisons des cookies', 'utilise des cookies', 'utilizamos cookies', 'utiliza cookies',
      'utilizziamo i cookie', 'utilizza cookie', 'мы используем cookies', 'мы используем файлы cookie',
      'использует файлы cookie', 'utilizamos cookies',
      'akzeptiere die datenschutzbestimmungen', 'datenschutzerklärung zu', 'i agree to the privacy policy', 'accept the privacy policy',
    ],
    maxWords: 60,
  },
  {
    reason: REASON.promo,
    strong: true,
    lines: [
      'subscribe', 'subscribe now', 'newsletter', 'newsletters', 'sign up for our newsletter', 'follow us',
      'follow us on', 'get the app', 'download the app', 'donate', 'support us', 'become a member', 'abonnieren', 'jetzt abonnieren',
      'abonnez-vous', 'suscríbete', 'abbonati', 'подписаться', 'подписка на новости', 'подпишитесь', 'assine',
    ],
    contains: [
      ...CALLS_TO_ACTION,
      'sign up for our', 'sign up to our', 'subscribe to our',
      'daily newsletter', 'delivered to your inbox',
      'follow us at', 'join our channel', 'join our telegram',
      'join our whatsapp', 'is now on telegram', 'is now on whatsapp', 'is now on google news', 'on telegram. click',
      'click here to join', 'click here to subscribe', 'download our app', 'get our app', 'support our journalism',
      'support independent journalism', 'already a subscriber', 'subscribe now',
      'get unlimited access',
      'inscrivez-vous à notre', 'suivez-nous sur', 'suscríbete a', 'síguenos en', 'iscriviti alla', 'seguici su',
      'подписывайтесь на', 'подпишитесь на', 'подписка на новости', 'рассылка новостей', 'наш телеграм',
      'наш канал в', 'abonniere unseren newsletter', 'geben sie ihre e-mail', 'enter your email', 'enter your e-mail', 'um neue beiträge per e-mail',
      'wir informieren sie regelmäßig', 'newsletter anmelden', 'zum newsletter', 'bleiben sie auf dem laufenden', 'volg ons',
    ],
    maxWords: 45,
  },
  {
    reason: REASON.tags,
    strong: false,
    contains: ['this entry was posted in', 'dieser eintrag wurde veröffentlicht', 'filed under', 'abgelegt unter', 'tagged with', 'getaggt mit'],
    maxWords: 40,
  },
  {
    reason: REASON.copyright,
    strong: true,
    lines: ['original publication', 'all rights reserved', 'copyright', 'creative commons', 'impressum und datenschutz'],
    contains: [
      'all rights reserved', 'the rights to this material belong to', 'placed by the copyright holder',
      'materials contain ratings exclusively', 'do not reflect the editorial', 'does not reflect the editorial',
      'may not be published, broadcast', 'may not be reproduced without', 'may not be reproduced in any form', 'may not be republished without', 'reproduction prohibited',
      'reproduction in whole or in part', 'republished with permission', 'reprinted with permission',
      'this article was originally published', 'this story was originally published', 'this article originally appeared',
      'published under a creative commons', 'only the headline and picture',
      'generated from a syndicated feed', 'auto-generated from a syndicated feed', 'published from a syndicated feed',
      'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'tutti i diritti riservati',
      'все права защищены', 'права на этот материал', 'при использовании материалов', 'перепечатка материалов',
      'todos os direitos reservados', 'alle rechten voorbehouden',
      'licensed under a creative commons', 'unter einer creative commons', 'trotz sorgfältiger inhaltlicher kontrolle', 'keine haftung für die inhalte', 'haftungsausschluss',
      'die inhalte dieser website', 'the content of this website', 'disclaimer:',
    ],
    maxWords: 60,
  },
];
