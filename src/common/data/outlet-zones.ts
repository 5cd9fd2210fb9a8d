// Zones of outlets: the zone a zone-less publication stamp is read in when the page itself gives none
// (common/stamp-zone.ts). IANA names, so summer time is the stamp's own.
import { table } from '../table.ts';

/** An outlet's domain (without "www.") -> its newsroom's zone: outlets of countries with more than one zone. */
export const DOMAIN_ZONES: Readonly<Record<string, string>> = table({
  'nytimes.com': 'America/New_York', 'washingtonpost.com': 'America/New_York', 'wsj.com': 'America/New_York',
  'foxnews.com': 'America/New_York', 'huffpost.com': 'America/New_York', 'huffingtonpost.com': 'America/New_York',
  'cnn.com': 'America/New_York', 'nbcnews.com': 'America/New_York', 'cbsnews.com': 'America/New_York',
  'apnews.com': 'America/New_York', 'usatoday.com': 'America/New_York', 'politico.com': 'America/New_York',
  'npr.org': 'America/New_York', 'bostonglobe.com': 'America/New_York', 'chicagotribune.com': 'America/Chicago',
  'latimes.com': 'America/Los_Angeles', 'sfchronicle.com': 'America/Los_Angeles', 'seattletimes.com': 'America/Los_Angeles',
  'wired.com': 'America/New_York', 'theglobeandmail.com': 'America/Toronto', 'cbc.ca': 'America/Toronto',
  'smh.com.au': 'Australia/Sydney', 'abc.net.au': 'Australia/Sydney', 'theaustralian.com.au': 'Australia/Sydney',
  'theage.com.au': 'Australia/Melbourne', 'thewest.com.au': 'Australia/Perth', 'tass.com': 'Europe/Moscow',
  'themoscowtimes.com': 'Europe/Moscow', 'folha.uol.com.br': 'America/Sao_Paulo', 'globo.com': 'America/Sao_Paulo',
  'thejakartapost.com': 'Asia/Jakarta', 'scmp.com': 'Asia/Hong_Kong', 'straitstimes.com': 'Asia/Singapore',
  'japantimes.co.jp': 'Asia/Tokyo', 'taipeitimes.com': 'Asia/Taipei', 'koreaherald.com': 'Asia/Seoul',
  'chinadaily.com.cn': 'Asia/Shanghai', 'xinhuanet.com': 'Asia/Shanghai', 'globaltimes.cn': 'Asia/Shanghai',
  'thehindu.com': 'Asia/Kolkata', 'hindustantimes.com': 'Asia/Kolkata', 'ndtv.com': 'Asia/Kolkata',
  'indiatimes.com': 'Asia/Kolkata', 'rediff.com': 'Asia/Kolkata', 'in.reuters.com': 'Asia/Kolkata', 'dawn.com': 'Asia/Karachi', 'bangkokpost.com': 'Asia/Bangkok',
  'inquirer.net': 'Asia/Manila', 'tbsnews.net': 'Asia/Dhaka', 'thedailystar.net': 'Asia/Dhaka',
  'haaretz.com': 'Asia/Jerusalem', 'timesofisrael.com': 'Asia/Jerusalem', 'aljazeera.com': 'Asia/Qatar',
  'gulfnews.com': 'Asia/Dubai', 'thenationalnews.com': 'Asia/Dubai', 'ahram.org.eg': 'Africa/Cairo',
  'news24.com': 'Africa/Johannesburg', 'nation.africa': 'Africa/Nairobi', 'nzherald.co.nz': 'Pacific/Auckland',
  'stuff.co.nz': 'Pacific/Auckland', 'rnz.co.nz': 'Pacific/Auckland', 'bbc.co.uk': 'Europe/London',
  'bbc.com': 'Europe/London', 'theguardian.com': 'Europe/London', 'ft.com': 'Europe/London',
  'irishtimes.com': 'Europe/Dublin', 'irishexaminer.com': 'Europe/Dublin', 'independent.ie': 'Europe/Dublin',
  'jpost.com': 'Asia/Jerusalem', 'ynetnews.com': 'Asia/Jerusalem', 'israelhayom.com': 'Asia/Jerusalem',
});

/**
 * A country-code domain -> the country's one zone: only countries with a single zone on their mainland (not .us,
 * .ca, .au, .ru, .br, .mx, .id, .kz, .cl, .es, .pt: a domain there does not tell the zone).
 */
export const COUNTRY_DOMAIN_ZONES: Readonly<Record<string, string>> = table({
  jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai', hk: 'Asia/Hong_Kong', tw: 'Asia/Taipei', sg: 'Asia/Singapore',
  my: 'Asia/Kuala_Lumpur', ph: 'Asia/Manila', th: 'Asia/Bangkok', vn: 'Asia/Ho_Chi_Minh', in: 'Asia/Kolkata',
  pk: 'Asia/Karachi', bd: 'Asia/Dhaka', lk: 'Asia/Colombo', np: 'Asia/Kathmandu', ae: 'Asia/Dubai', qa: 'Asia/Qatar',
  sa: 'Asia/Riyadh', il: 'Asia/Jerusalem', tr: 'Europe/Istanbul', eg: 'Africa/Cairo', ke: 'Africa/Nairobi',
  ng: 'Africa/Lagos', za: 'Africa/Johannesburg', nz: 'Pacific/Auckland', uk: 'Europe/London', ie: 'Europe/Dublin',
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', fr: 'Europe/Paris', be: 'Europe/Brussels',
  nl: 'Europe/Amsterdam', it: 'Europe/Rome', pl: 'Europe/Warsaw', cz: 'Europe/Prague', hu: 'Europe/Budapest',
  se: 'Europe/Stockholm', no: 'Europe/Oslo', dk: 'Europe/Copenhagen', fi: 'Europe/Helsinki', gr: 'Europe/Athens',
  ro: 'Europe/Bucharest', ua: 'Europe/Kyiv', uy: 'America/Montevideo', ar: 'America/Argentina/Buenos_Aires',
  pe: 'America/Lima', ve: 'America/Caracas', bo: 'America/La_Paz', hn: 'America/Tegucigalpa',
  gt: 'America/Guatemala', cu: 'America/Havana',
});

/**
 * Zone words a stamp line writes after its time ("20:09 IST", "7:40 PM ET", "9:03am AEST"): the zone the line
 * itself gives. Words naming standard or summer time are fixed offsets; ET/CT/PT follow the season. A word that
 * names more than one zone (IST) is read by ZONE_WORD_READINGS; its entry here is its usual reading.
 */
export const ZONE_WORDS: Readonly<Record<string, string>> = table({
  GMT: 'UTC', UTC: 'UTC', BST: '+01:00', WET: 'UTC', WEST: '+01:00', CET: '+01:00', CEST: '+02:00', MEZ: '+01:00',
  MESZ: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', WAT: '+01:00', CAT: '+02:00', SAST: '+02:00',
  EAT: '+03:00', PKT: '+05:00', IST: '+05:30', WIB: '+07:00', ICT: '+07:00', HKT: '+08:00', SGT: '+08:00',
  PHT: '+08:00', AWST: '+08:00', JST: '+09:00', KST: '+09:00', ACST: '+09:30', AEST: '+10:00', AEDT: '+11:00',
  NZST: '+12:00', NZDT: '+13:00', ET: 'America/New_York', EST: '-05:00', EDT: '-04:00', CT: 'America/Chicago',
  CST: '-06:00', CDT: '-05:00', MT: 'America/Denver', MST: '-07:00', MDT: '-06:00', PT: 'America/Los_Angeles',
  PST: '-08:00', PDT: '-07:00',
});

/**
 * Zone words that name more than one zone -> their readings, the usual one first: the outlet's zone (by its domain)
 * or the dateline's place picks one; with neither the first is read, and the note says it is a guess. "IST" is
 * India Standard Time in most English-language news, Irish Standard Time (Ireland's summer hour, +01:00) on Irish
 * pages, Israel Standard Time (winter, +02:00; summer is IDT) on Israeli ones.
 */
export const ZONE_WORD_READINGS: Readonly<Record<string, readonly { zone: string; name: string; outletZones: readonly string[]; places: readonly string[] }[]>> =
  table({
    IST: [
      {
        zone: '+05:30',
        name: 'India Standard Time',
        outletZones: ['Asia/Kolkata'],
        places: ['new delhi', 'delhi', 'mumbai', 'bombay', 'kolkata', 'calcutta', 'chennai', 'madras', 'bengaluru', 'bangalore', 'hyderabad', 'ahmedabad', 'pune', 'lucknow', 'srinagar'],
      },
      { zone: '+01:00', name: 'Irish Standard Time', outletZones: ['Europe/Dublin'], places: ['dublin', 'cork', 'galway', 'limerick', 'waterford'] },
      { zone: '+02:00', name: 'Israel Standard Time', outletZones: ['Asia/Jerusalem'], places: ['jerusalem', 'tel aviv', 'haifa', 'beersheba'] },
    ],
  });
