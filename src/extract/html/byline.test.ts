import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineText, isStaffCredit } from './byline.ts';

// byline lines as real pages' author elements and meta tags give them (trafilatura-eval), and the names in them
test('a byline line is cut to its names: labels, dates, times, addresses and categories go', () => {
  const cases: [string, string | null][] = [
    ['Author: Bo2man am 29.12.2010, 13:36 Uhr', 'Bo2man'],
    ['Beitragvon r23 » 21.01.2009, 05:42', 'r23'],
    ['link78 Le 12/02 à 11:30', 'link78'],
    ['View all posts by Daniel Lemire', 'Daniel Lemire'],
    ['Zeige alle Beiträge von Petra Ruland', 'Petra Ruland'],
    ['Written by: Charnele Henry', 'Charnele Henry'],
    ['Posted by Günter W. Kienitz at 18:52', 'Günter W. Kienitz'],
    ['Interview: Julia Lauter', 'Julia Lauter'],
    ['Tomas Spahn Fr, 18. Oktober 2019', 'Tomas Spahn'],
    ['Luke Kemp 11 February 2020', 'Luke Kemp'],
    ['Poppy Reid Feb 21, 2020', 'Poppy Reid'],
    ['Reuters Updated: January 16, 2020', 'Reuters'],
    ['Christian Thiele, 07 Dezember, 2022', 'Christian Thiele'],
    ['autor: jd 2021-05-12', 'jd'],
    ['lupa am 26/10/13, 03:48 pm', 'lupa'],
    ['Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr', 'Katharina Schmidt'],
    ['Lüder Hoppe info@buero-hoppe.de', 'Lüder Hoppe'],
    ['Frank Bueltge - http://bueltge.de', 'Frank Bueltge'],
    ['Dezember 10, 2019 · von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar', 'freeman1984'],
    ['8. Januar 2020 · by Aureliana · in Gefühle', 'Aureliana'],
    ['| Klaus Quibeldey-Cirkel', 'Klaus Quibeldey-Cirkel'],
    // a label glued to the name, the template's link after it
    ['AuthorAndreas Kalt', 'Andreas Kalt'],
    ['Veröffentlicht vonChris Jung', 'Chris Jung'],
    ['Veröffentlicht von HansG', 'HansG'],
    ['Published by BBNTEAM', 'BBNTEAM'],
    ['Johanna Kropfitsch Alle Artikel', 'Johanna Kropfitsch'],
    // a role or the outlet's credit written around the names (phillyvoice.com, focus.de, dailymail.co.uk)
    ['Adam Aaronson PhillyVoice Staff', 'Adam Aaronson'],
    ['FOCUS-Online-Experte Robin Tschöpe', 'Robin Tschöpe'],
    ['By Glen Owen And Brendan Carlin For The Mail On Sunday', 'Glen Owen and Brendan Carlin'],
    ['HLNF Staff Report', 'HLNF Staff Report'],
    ['Staff Writer', 'Staff Writer'],
    // no one: a CMS's default account, a placeholder, a link's label
    ['wordpressadmin |', null],
    ['Super User', null],
    ['No Author', null],
    ['Unbenannt', null],
    ['publisher', null],
    ['Archiv anzeigen →', null],
    // a line that is only a date names no one
    ['8. November 2021', null],
    ['6 de mayo de 2022 05:30', null],
    // names that stay whole: a month's name or a weekday's letters inside a name, no date after it
    ['By Maria Lopez', 'Maria Lopez'],
    ['April Ryan', 'April Ryan'],
    ['Minh Do', 'Minh Do'],
    ['Omar Marcos', 'Omar Marcos'],
    ['DIANA KING', 'DIANA KING'],
    ['Autorenteam Nord', 'Autorenteam Nord'],
  ];
  for (const [line, names] of cases) assert.equal(bylineText(line), names, line);
});

// bylines of trafilatura-eval pages (JSON-LD author, meta author) with the outlet the page names
test("a newsroom's credit with no person is no byline; a person beside a staff word stays", () => {
  const staff: [string, string[]][] = [
    ['Redaktion', ['GITARRE & BASS']],
    ['TVT-Redaktion', ['TV Today']],
    ['N-Land Redaktion', ['N-LAND']],
    ['auto-motor.at Redaktion', ['auto-motor.at']],
    ['Redaktion Gelbe Liste Pharmindex', ['Gelbe Liste Online']],
    ['Redakcja Forsal.pl', ['Forsal.pl']],
    ['Redacción EC', ['El Comercio Perú']],
    ['Staff Writer', ['pawszilla.com']],
    ['HLNF Staff Report', ['Heartland Newsfeed']],
    ['Newsdesk', ['Mannschaft']],
  ];
  for (const [name, outlets] of staff) assert.equal(isStaffCredit(name, outlets), true, name);
  const persons: [string, string[]][] = [
    ['Michael Rädel', ['männer*']],
    ['Rasender Reporter', ['Journalistenwatch e.V.']],
    ['revamp-it Webteam', ['TALENT Schweiz']],
    ['SPIEGEL ONLINE', ['Der Spiegel']],
    ['Agencies', ['The Economic Times']],
  ];
  for (const [name, outlets] of persons) assert.equal(isStaffCredit(name, outlets), false, name);
});
