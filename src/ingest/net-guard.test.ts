import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedAddressReason, resolveAllowed } from './net-guard.ts';

test('private, loopback, link-local and special addresses are refused; public ones pass', () => {
  const blocked = [
    '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '127.0.0.1', '127.8.9.10', '169.254.169.254', '0.0.0.0',
    '100.64.0.1', '100.127.255.255', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1', '64:ff9b::a9fe:a9fe', '::127.0.0.1',
  ];
  for (const ip of blocked) assert.ok(blockedAddressReason(ip), `${ip} should be refused`);
  const open = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2001:db8::1'];
  for (const ip of open) assert.equal(blockedAddressReason(ip), null, `${ip} should pass`);
  assert.match(blockedAddressReason('169.254.169.254')!, /link-local/);
  assert.match(blockedAddressReason('::ffff:127.0.0.1')!, /loopback.*IPv4-mapped/);
});

test('a host is checked on every address it resolves to, unless private ones are allowed', async () => {
  const refused = await resolveAllowed('localhost', false);
  assert.ok('problem' in refused && /refused: localhost resolves to .*(loopback|::1)/.test(refused.problem) && /--allow-private/.test(refused.problem));
  const literal = await resolveAllowed('[::1]', false);
  assert.ok('problem' in literal);
  const allowed = await resolveAllowed('127.0.0.1', true);
  assert.deepEqual(allowed, { address: '127.0.0.1', family: 4 });
});
