// Why extraction leaves a part of a page out: ONE table for both extractors (HTML and plain text). Each kind
// of page chrome has a stable rule id, as unified's messages do, and the short reason shown with it; the
// reason text may be reworded, the rule id stays. A removal's rule is looked up from its reason here.
import type { Removal } from '../model.ts';

/** Rule id -> the reason shown in `removed`. */
export const REMOVAL_RULES = {
  // either extractor
  navigation: 'navigation',
  'share-buttons': 'share buttons',
  'cookie-notice': 'cookie notice',
  advertisement: 'advertisement',
  'tag-list': 'tag list',
  'page-footer': 'page footer',
  sidebar: 'sidebar',
  // plain text
  'section-label': 'section label',
  'site-credit': 'site credit',
  'agency-sign-off': 'agency sign-off',
  'related-headlines': 'related headlines block',
  'headline-stamp': 'headline stamp',
  'rank-number': 'rank number',
  'read-more': 'read-more link',
  'login-prompt': 'login/register prompt',
  'comments-link': 'comments link',
  'comment-policy': 'comment policy notice',
  promo: 'social/subscription promo',
  'video-blurb': 'video blurb',
  'photo-credit': 'photo credit',
  'photo-caption': 'photo caption',
  'alt-text': 'image description (alt text)',
  copyright: 'copyright/syndication notice',
  counter: 'counter',
  timestamp: 'timestamp',
  byline: 'byline',
  dateline: 'dateline',
  contributors: 'contributor credit',
  'other-language': 'line in another language than the article',
  'repeated-line': 'repeated line',
  'title-repeated': 'title repeated',
  title: 'title',
  subheading: 'subheading',
  standfirst: 'standfirst',
  'before-article': 'page chrome before the article',
  'after-article': 'page chrome after the article',
  'outside-article': 'short line outside the article body',
  // HTML
  'markup-guard': 'markup guard',
  'label-before-text': 'label before the text',
  headline: 'headline (kept as the title)',
  comments: 'comments',
  'subscription-box': 'newsletter or subscription box',
  'related-articles': 'related-articles list',
  'image-caption-or-gallery': 'image caption or gallery',
  'author-box': 'author box',
  'embedded-post': 'embedded post',
  disclosure: 'disclosure notice',
  'byline-or-date': 'byline or date line',
  'page-tools': 'page tools',
  'image-and-caption': 'image and caption',
  'image-caption': 'image caption',
  aside: 'sidebar (aside)',
  menu: 'menu',
  form: 'form',
  'page-header': 'page header',
  'search-box': 'search box',
  dialog: 'dialog',
  'call-to-action': 'call to action or site notice',
  teaser: 'teaser of another article',
  'article-pointer': 'pointer to another article',
  'meta-line': 'date, category or counter line',
  'picture-caption': 'picture caption',
  'source-line': 'source line',
  'bar-line': 'meta row or menu line',
  'picture-credit': 'picture credit or caption',
  'link-list': 'link list',
  'link-heavy': 'link-heavy block',
  'table-of-contents': 'table of contents',
  'skip-link': 'skip or back-to-top link',
  'orphan-heading': 'heading of a removed block',
  'trailing-heading': 'heading at the end of the text',
  'end-matter': 'end matter after a closing heading',
} as const;

export type RemovalRule = keyof typeof REMOVAL_RULES;

/** Reasons that name what they cut after ('end matter after "Mehr zum Thema"'): their rule by the reason's start. */
const RULE_BY_PREFIX: ReadonlyArray<[string, RemovalRule]> = [['end matter after ', 'end-matter']];

const RULE_BY_REASON: ReadonlyMap<string, RemovalRule> = new Map(Object.entries(REMOVAL_RULES).map(([rule, reason]) => [reason, rule as RemovalRule]));

/** The rule id of a removal reason, or undefined for a reason no table holds. */
export function removalRule(reason: string): RemovalRule | undefined {
  return RULE_BY_REASON.get(reason) ?? RULE_BY_PREFIX.find(([prefix]) => reason.startsWith(prefix))?.[1];
}

/** Removals with their rule ids. */
export function withRules(removed: Removal[]): Removal[] {
  return removed.map((r) => {
    const rule = removalRule(r.reason);
    return rule ? { ...r, rule } : r;
  });
}
