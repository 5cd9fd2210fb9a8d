// Zones of dateline places: the table common/dateline-zones.ts reads a dateline's local day by.
import { table } from '../table.ts';

/**
 * Dateline places (lower case, as datelines write them) -> standard offset from UTC in minutes. Only places east
 * of Greenwich: on Reuters-21578 the UTC reading of a zone-less stamp moved by these offsets gives the dateline's
 * own day far more often than the stamp's day does (Wellington 84 of 84 against 51, Tokyo 698 of 704 against
 * 603, Sydney 101 of 103 against 79), while for places west of it (New York, Washington) it gives it less often
 * (2,222 of 2,266 against 2,239): there the stamp's day stands. Standard time: a summer hour more moves a day
 * only for stamps in that hour.
 */
export const DATELINE_ZONES: Readonly<Record<string, number>> = table({
  // Oceania
  wellington: 720, auckland: 720, christchurch: 720, 'new zealand': 720, sydney: 600, melbourne: 600, canberra: 600,
  brisbane: 600, adelaide: 570, perth: 480, 'port moresby': 600, suva: 720,
  // East and South-east Asia
  tokyo: 540, osaka: 540, seoul: 540, pyongyang: 540, peking: 480, beijing: 480, shanghai: 480, 'hong kong': 480,
  taipei: 480, manila: 480, singapore: 480, 'kuala lumpur': 480, jakarta: 420, bangkok: 420, hanoi: 420,
  rangoon: 390, dhaka: 360, colombo: 330, 'new delhi': 330, bombay: 330, calcutta: 330, madras: 330, karachi: 300,
  islamabad: 300, kabul: 270,
  // Gulf and Middle East
  dubai: 240, 'abu dhabi': 240, muscat: 240, tehran: 210, bahrain: 180, manama: 180, kuwait: 180, riyadh: 180,
  baghdad: 180, doha: 180, jeddah: 180, moscow: 180, nairobi: 180, ankara: 120, cairo: 120, jerusalem: 120,
  'tel aviv': 120, beirut: 120, damascus: 120, amman: 120, athens: 120, nicosia: 120, johannesburg: 120,
  harare: 120, helsinki: 120,
});

/**
 * Dateline places west of Greenwich and in Europe -> their IANA zone (summer time is the stamp's own). Read only
 * when the stamp's instant is known (it carries Z or an offset, or the input or outlet gave its zone): a Reuters
 * wire item of 02:30Z on December 2 under "NEW YORK, Dec 1 (Reuters) -" was written on December 1 there. A
 * zone-less stamp read as UTC by default is not moved by them: on Reuters-21578 such stamps behave as US Eastern
 * already, and moving them did worse than the stamp's day (time35).
 */
export const DATELINE_IANA_ZONES: Readonly<Record<string, string>> = table({
  // North America
  'new york': 'America/New_York', washington: 'America/New_York', boston: 'America/New_York', philadelphia: 'America/New_York',
  miami: 'America/New_York', atlanta: 'America/New_York', detroit: 'America/Detroit', toronto: 'America/Toronto',
  ottawa: 'America/Toronto', montreal: 'America/Toronto', chicago: 'America/Chicago', houston: 'America/Chicago',
  dallas: 'America/Chicago', 'new orleans': 'America/Chicago', 'mexico city': 'America/Mexico_City',
  denver: 'America/Denver', calgary: 'America/Edmonton', phoenix: 'America/Phoenix', 'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles', vancouver: 'America/Vancouver',
  anchorage: 'America/Anchorage', honolulu: 'Pacific/Honolulu',
  // Central and South America, Caribbean
  havana: 'America/Havana', 'panama city': 'America/Panama', bogota: 'America/Bogota', caracas: 'America/Caracas',
  lima: 'America/Lima', quito: 'America/Guayaquil', 'la paz': 'America/La_Paz', santiago: 'America/Santiago',
  'buenos aires': 'America/Argentina/Buenos_Aires', montevideo: 'America/Montevideo', 'sao paulo': 'America/Sao_Paulo',
  'rio de janeiro': 'America/Sao_Paulo', brasilia: 'America/Sao_Paulo',
  // Europe and West Africa (a summer hour or a standard one east of UTC)
  london: 'Europe/London', dublin: 'Europe/Dublin', lisbon: 'Europe/Lisbon', reykjavik: 'Atlantic/Reykjavik',
  paris: 'Europe/Paris', brussels: 'Europe/Brussels', amsterdam: 'Europe/Amsterdam', 'the hague': 'Europe/Amsterdam',
  luxembourg: 'Europe/Luxembourg', frankfurt: 'Europe/Berlin', bonn: 'Europe/Berlin', berlin: 'Europe/Berlin',
  geneva: 'Europe/Zurich', zurich: 'Europe/Zurich', bern: 'Europe/Zurich', vienna: 'Europe/Vienna', rome: 'Europe/Rome',
  milan: 'Europe/Rome', madrid: 'Europe/Madrid', stockholm: 'Europe/Stockholm', oslo: 'Europe/Oslo',
  copenhagen: 'Europe/Copenhagen', warsaw: 'Europe/Warsaw', prague: 'Europe/Prague', budapest: 'Europe/Budapest',
  lagos: 'Africa/Lagos', dakar: 'Africa/Dakar', accra: 'Africa/Accra',
});
