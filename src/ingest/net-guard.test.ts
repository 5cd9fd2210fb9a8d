import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedAddressReason, lookupsPending, resolveAllowed } from './net-guard.ts';

test('private, loopback, link-local and special addresses are refused; public ones pass', () => {
  const blocked = [
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '127.0.0.1',
    '127.8.9.10',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '100.127.255.255',
    '224.0.0.1',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a9fe:a9fe',
    '::127.0.0.1',
  ];
  for (const ip of blocked) assert.ok(blockedAddressReason(ip), `${ip} should be refused`);
  const open = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2001:db8::1'];
  for (const ip of open) assert.equal(blockedAddressReason(ip), null, `${ip} should pass`);
  assert.match(blockedAddressReason('169.254.169.254')!, /link-local/);
  assert.match(blockedAddressReason('::ffff:127.0.0.1')!, /loopback.*IPv4-mapped/);
});

test('every IPv6 form that carries a private IPv4 address is refused; the same forms of public ones pass', () => {
  const carried = [
    '::ffff:0:127.0.0.1', // IPv4-translated (the address that passed before)
    '::ffff:0:7f00:1',
    '0:0:0:0:0:ffff:127.0.0.1',
    '::ffff:0:10.1.2.3',
    '::ffff:0:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '::192.168.0.1', // IPv4-compatible
    '64:ff9b::127.0.0.1', // NAT64
    '64:ff9b::10.0.0.1',
    '2002:7f00:1::1', // 6to4 of 127.0.0.1
    '2002:c0a8:101::', // 6to4 of 192.168.1.1
    '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo client 127.0.0.1 (stored inverted)
    'fe80::5efe:10.0.0.1', // ISATAP
    '2001:db8::200:5efe:192.168.1.1',
  ];
  for (const ip of carried) assert.ok(blockedAddressReason(ip), `${ip} should be refused`);
  assert.match(blockedAddressReason('::ffff:0:127.0.0.1')!, /loopback.*IPv4-translated/);
  assert.match(blockedAddressReason('2002:7f00:1::1')!, /loopback.*6to4/);
  assert.match(blockedAddressReason('2001:0:4136:e378:8000:63bf:80ff:fffe')!, /loopback.*Teredo/);
  for (const ip of ['64:ff9b:1::1', '100::1', 'fec0::1']) assert.ok(blockedAddressReason(ip), `${ip} should be refused`);
  const publicCarried = ['::ffff:0:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1', '2001:0:4136:e378:8000:63bf:f7f7:f7f7', '2001:db8::5efe:8.8.8.8'];
  for (const ip of publicCarried) assert.equal(blockedAddressReason(ip), null, `${ip} should pass`);
});

test('a URL with an IPv4-translated loopback host is refused before any connection', async () => {
  const host = new URL('http://[::ffff:0:127.0.0.1]/').hostname;
  const r = await resolveAllowed(host, false);
  assert.ok('problem' in r && /refused: .*loopback/.test(r.problem), JSON.stringify(r));
});

test('a host is checked on every address it resolves to, unless private ones are allowed', async () => {
  const refused = await resolveAllowed('localhost', false);
  assert.ok('problem' in refused && /refused: localhost resolves to .*(loopback|::1)/.test(refused.problem) && /--allow-private/.test(refused.problem));
  const literal = await resolveAllowed('[::1]', false);
  assert.ok('problem' in literal);
  const allowed = await resolveAllowed('127.0.0.1', true);
  assert.deepEqual(allowed, { address: '127.0.0.1', family: 4 });
});

test('a resolver that never answers: the look-up is given up at its deadline, and a second of the same host waits on the first', async (t) => {
  // the system resolver stuck (its DNS server drops the queries): each look-up would hold one of libuv's threads
  const dns = await import('node:dns/promises');
  const { syncBuiltinESMExports } = await import('node:module');
  const real = dns.default.lookup;
  let asked = 0;
  dns.default.lookup = (() => {
    asked++;
    return new Promise(() => {});
  }) as never;
  syncBuiltinESMExports();
  t.after(() => {
    dns.default.lookup = real;
    syncBuiltinESMExports();
  });
  const limit = () => ({ deadline: Date.now() + 200, seconds: 20 });
  const [a, b] = await Promise.all([resolveAllowed('wire.stuck.test', false, limit()), resolveAllowed('wire.stuck.test', false, limit())]);
  for (const r of [a, b]) assert.deepEqual(r, { problem: 'timed out after 20 s waiting for the name resolver to look up wire.stuck.test' });
  assert.equal(await resolveAllowed('wire.stuck.test', true, limit()).then((r) => 'problem' in r), true, 'still waiting: given up again');
  assert.equal(asked, 1, 'one look-up of the host, however many wait on it');
  assert.equal(lookupsPending(), true);
  const { postJson } = await import('../watch/post.ts');
  assert.deepEqual(await postJson('http://hooks.stuck.test/alert', '{}', { allowPrivate: false, timeoutMs: 1000 }), {
    problem: 'timed out after 1 s waiting for the name resolver to look up hooks.stuck.test',
  });
});

test('loopback alone (--allow-loopback): this machine is fetched, other private addresses are still refused', async () => {
  for (const host of ['127.0.0.1', '127.8.9.10', '[::1]']) assert.ok(!('problem' in (await resolveAllowed(host, 'loopback'))), host);
  for (const [host, why] of [
    ['169.254.169.254', 'link-local (169.254/16)'],
    ['10.0.0.1', 'private network (10/8)'],
    ['192.168.1.1', 'private network (192.168/16)'],
    ['[fd00::1]', 'unique local address (fc00::/7)'],
  ]) {
    const r = await resolveAllowed(host, 'loopback');
    assert.ok('problem' in r && r.problem.includes(why), `${host}: ${JSON.stringify(r)}`);
  }
});
