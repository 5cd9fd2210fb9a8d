// \b knows only ASCII word characters (u flag or not), so patterns whose words begin or end with "и", "é", "ú" or
// Cyrillic used lookarounds on \p{L} instead: lines as Russian, French and Spanish pages print them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitNames } from './rules.ts';
import { CHROME_PATTERNS } from './chrome-patterns.ts';
import { REASON } from './index.ts';
import { CALL_TO_ACTION, CHANGED_LINE } from '../html/boilerplate.ts';

test('a Russian byline "Иван Иванов и Пётр Петров" is two names', () => {
  assert.deepEqual(splitNames('Иван Иванов и Пётр Петров'), ['Иван Иванов', 'Пётр Петров']);
  // "и" inside a name does not split it
  assert.deepEqual(splitNames('Мария Ильина'), ['Мария Ильина']);
});

test('Russian, Ukrainian and French timestamp lines are timestamps', () => {
  const stamps = CHROME_PATTERNS.filter((p) => p.reason === REASON.timestamp);
  for (const line of ['Обновлено: 12.03.2024 14:05', 'Опубликовано 12 марта 2024', 'Оновлено: 12.03.2024', 'Publié : 12/03/2024'])
    assert.ok(
      stamps.some((p) => p.re.test(line)),
      line,
    );
  assert.ok(!stamps.some((p) => p.re.test('Обновленоя 12')));
});

test('"Última actualización" and "Únete a nuestro canal" lines are page frame', () => {
  assert.ok(CHANGED_LINE.test('Última actualización: 12.03.2024 14:05'));
  assert.ok(CALL_TO_ACTION.some((re) => re.test('Únete a nuestro canal de Telegram para recibir las noticias.')));
  assert.ok(!CALL_TO_ACTION.some((re) => re.test('Reúnete desde casa con tu familia.')));
});
