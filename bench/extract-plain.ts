// Plain-text extraction speed: CPU time per typical scraped page (menu, stamp, byline, body, share line,
// related list), next to a peer in the same process: splitting the same page into lines and lower-casing
// them, the least any line-based extractor does. Numbers are CPU time (the machine may be shared).
//
//   node --import tsx bench/extract-plain.ts [--pages N]
import { extractPlainText } from '../src/extract/plain/index.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const BODY = [
  'Russia launched a wave of explosive drones at Kyiv early on Monday, damaging critical infrastructure and forcing emergency power cuts across the capital, Ukrainian officials said.',
  'The attack came hours before Russian President Vladimir Putin was due to fly to Minsk for talks with his Belarusian counterpart Alexander Lukashenko, a close ally who let Russian troops use his territory for the February invasion.',
  'Kyiv mayor Vitali Klitschko said on Telegram that explosions had been heard in two districts and that emergency services were at the scene.',
  'Asked whether the city would order an evacuation, he said no.',
  '"We will not give up," Zelensky said.',
  "Ukraine's air force said it had shot down 30 of the 35 drones launched from the east of the Sea of Azov, a figure Reuters could not independently verify.",
  'Energy company Ukrenergo said repairs would take several days and asked residents to limit their use of electricity during the evening peak.',
];
const PAGE = [
  'Menu',
  'World',
  'Russian drones hit Kyiv energy sites as Putin heads to Minsk',
  'By Tom Balmforth',
  'December 19, 2022 10:05 AM GMT',
  ...BODY,
  ...BODY.map((p) => p.replace('Kyiv', 'Kharkiv')),
  'Share this article',
  'Related Stories',
  'EU agrees ninth sanctions package against Russia',
].join('\n');

const args = process.argv.slice(2);
const pages = Number(args[args.indexOf('--pages') + 1]) || 2000;

function cpuMsPerPage(fn: () => void): number {
  for (let i = 0; i < 50; i++) fn();
  const t0 = process.cpuUsage();
  for (let i = 0; i < pages; i++) fn();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000 / pages;
}

const peer = cpuMsPerPage(() => PAGE.split('\n').map((l) => l.trim().toLowerCase()));
const crosscheck = cpuMsPerPage(() => extractPlainText({ id: 'w', source: 'w', kind: 'text', body: PAGE, order: 0, meta: {} }));
console.log(`pages: ${pages} of ${PAGE.length} characters`);
console.log(`crosscheck extractPlainText: ${crosscheck.toFixed(3)} ms CPU per page (${Math.round(1000 / crosscheck)} pages/s)`);
console.log(`peer (split + lower-case):   ${peer.toFixed(4)} ms CPU per page`);
console.log(`peak RSS: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
