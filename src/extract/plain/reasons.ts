// The reasons a line of scraped text is left out, by the plain-text extractor's names for them. The texts and
// their rule ids live in the table both extractors share (../removal-rules.ts).
import { REMOVAL_RULES as R } from '../removal-rules.ts';

export const REASON = {
  navigation: R.navigation,
  sectionLabel: R['section-label'],
  siteCredit: R['site-credit'],
  signOff: R['agency-sign-off'],
  related: R['related-headlines'],
  headlineStamp: R['headline-stamp'],
  rank: R['rank-number'],
  tags: R['tag-list'],
  readMore: R['read-more'],
  share: R['share-buttons'],
  advertisement: R.advertisement,
  login: R['login-prompt'],
  comments: R['comments-link'],
  commentPolicy: R['comment-policy'],
  promo: R.promo,
  cookie: R['cookie-notice'],
  video: R['video-blurb'],
  photoCredit: R['photo-credit'],
  caption: R['photo-caption'],
  altText: R['alt-text'],
  copyright: R.copyright,
  counter: R.counter,
  timestamp: R.timestamp,
  byline: R.byline,
  dateline: R.dateline,
  contributors: R.contributors,
  otherLanguage: R['other-language'],
  repeated: R['repeated-line'],
  titleRepeated: R['title-repeated'],
  title: R.title,
  subheading: R.subheading,
  standfirst: R.standfirst,
  beforeArticle: R['before-article'],
  afterArticle: R['after-article'],
  outsideArticle: R['outside-article'],
} as const;

export type Reason = (typeof REASON)[keyof typeof REASON];
