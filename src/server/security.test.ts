import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { hostsLoopbackNames, loopbackHostOnly, RateLimiter, tokenMatches } from './security.ts';
import { BadRequest, storyQuery, paging, searchText } from './query.ts';

test('rate limiter: a burst, then one request per refill interval, per client', () => {
  let now = 0;
  const limiter = new RateLimiter(60, 2, 10_000, () => now);
  assert.equal(limiter.take('a'), 0);
  assert.equal(limiter.take('a'), 0);
  assert.ok(limiter.take('a') >= 1, 'the third at once waits');
  assert.equal(limiter.take('b'), 0, 'another client has its own bucket');
  now += 1000; // one token per second at 60 a minute
  assert.equal(limiter.take('a'), 0);
  assert.ok(limiter.take('a') >= 1);
});

test('rate limiter forgets the oldest clients beyond its bound', () => {
  const limiter = new RateLimiter(60, 1, 2, () => 0);
  limiter.take('a');
  limiter.take('b');
  limiter.take('c'); // a is forgotten: it starts again with a full bucket
  assert.equal(limiter.take('a'), 0);
});

test('tokens: only the exact token matches', () => {
  assert.ok(tokenMatches('secret-token', 'secret-token'));
  for (const t of [undefined, '', 'secret-toke', 'secret-token ', 'SECRET-TOKEN']) assert.equal(tokenMatches(t, 'secret-token'), false, String(t));
});

test('query parameters: bounded, typed, named when wrong', () => {
  assert.deepEqual(storyQuery({}), { sort: 'newest', limit: 30, offset: 0 });
  assert.deepEqual(storyQuery({ sort: 'sources', since: '2024-03-05', language: 'EN', outlet: ' Reuters ', limit: '5', offset: '10' }), {
    sort: 'sources',
    since: '2024-03-05',
    language: 'en',
    outlet: 'Reuters',
    limit: 5,
    offset: 10,
  });
  for (const bad of [
    { sort: 'x' },
    { limit: '101' },
    { limit: '-1' },
    { offset: '1e3' },
    { since: "2024'--" },
    { language: 'e n' },
    { outlet: 'x'.repeat(101) },
  ]) {
    assert.throws(() => storyQuery(bad), BadRequest, JSON.stringify(bad));
  }
  assert.deepEqual(paging({ limit: '100', offset: '0' }), { limit: 100, offset: 0 });
  assert.equal(searchText({ q: "  '; drop table documents; --  " }), "'; drop table documents; --");
  assert.throws(() => searchText({ q: 'x'.repeat(201) }), BadRequest);
});

// Debian's hosts file as its installer writes it (the machine's name on 127.0.1.1), with a line of its own added
const DEBIAN_HOSTS = `127.0.0.1\tlocalhost
127.0.1.1\tnewsdesk.example.org\tnewsdesk

# The following lines are desirable for IPv6 capable hosts
::1     localhost ip6-localhost ip6-loopback
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
192.168.1.20  archive.lan   # the archive server
127.0.0.1 Stories.Test. \r
`;

test('a loopback server answers the names its hosts file maps to loopback, and no other name', async () => {
  const names = hostsLoopbackNames(DEBIAN_HOSTS);
  assert.deepEqual(names, ['localhost', 'newsdesk.example.org', 'newsdesk', 'localhost', 'ip6-localhost', 'ip6-loopback', 'stories.test']);
  const app = new Hono();
  app.use('*', loopbackHostOnly(names));
  app.get('*', (c) => c.text('the base'));
  const status = async (host: string) => (await app.request(`http://${host}/`)).status;
  for (const host of ['newsdesk', 'NEWSDESK:8080', 'newsdesk.example.org.', 'stories.test', 'ip6-localhost', 'localhost', '127.0.0.1'])
    assert.equal(await status(host), 200, host);
  // a name of the local network's DNS, and names the file gives other addresses, can be answered for by a DNS server
  for (const host of ['archive.lan', 'ip6-allnodes', 'newsdesk.attacker.example', 'rebind.attacker.example']) assert.equal(await status(host), 421, host);
});
