import { describe, expect, it } from 'vitest';
import { allowedHost, inviteAddresses } from './addresses';
import { createRateLimit } from './rateLimit';

describe('the addresses an invite may use', () => {
  const interfaces = () => ({
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' }],
    eth0: [
      { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '02:00:00:00:00:01', cidr: '192.168.1.20/24' },
      { address: 'fe80::1', family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '02:00:00:00:00:01', cidr: 'fe80::1/64', scopeid: 2 },
      { address: 'fd7a:115c::5', family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '02:00:00:00:00:01', cidr: 'fd7a:115c::5/64', scopeid: 0 },
    ],
  });

  it('lists the network’s own addresses first, loopback after them, link-local ones not at all, then every interface', () => {
    expect(inviteAddresses(interfaces as never).map((a) => a.address)).toEqual(['192.168.1.20', 'fd7a:115c::5', '127.0.0.1', 'all']);
  });

  it('answers a Host naming an address it listens on with its port, or a loopback name on any port (a tunnel), and nothing else', () => {
    const listening = ['192.168.1.20', 'fd7a:115c::5'];
    expect(allowedHost('192.168.1.20:4433', 4433, listening)).toBe(true);
    expect(allowedHost('[fd7a:115c::5]:4433', 4433, listening)).toBe(true);
    expect(allowedHost('localhost:8443', 4433, listening)).toBe(true);
    expect(allowedHost('127.0.0.1:8443', 4433, listening)).toBe(true);
    expect(allowedHost('[::1]:8443', 4433, listening)).toBe(true);
    // A page's own name pointed here (DNS rebinding), another port of the address, or nothing at all.
    expect(allowedHost('evil.example:4433', 4433, listening)).toBe(false);
    expect(allowedHost('localhost.evil.example:4433', 4433, listening)).toBe(false);
    expect(allowedHost('192.168.1.20:80', 4433, listening)).toBe(false);
    expect(allowedHost('192.168.1.20', 4433, listening)).toBe(false);
    expect(allowedHost('192.168.1.21:4433', 4433, listening)).toBe(false);
    expect(allowedHost(undefined, 4433, listening)).toBe(false);
  });
});

describe('the limit on tries of the code', () => {
  it('allows so many tries per key in a window, says when the next one is allowed, and starts again after it', () => {
    let now = 0;
    const limit = createRateLimit(2, 60_000, () => now);
    expect(limit.take('a')).toEqual({ ok: true });
    expect(limit.take('a')).toEqual({ ok: true });
    now = 15_000;
    expect(limit.take('a')).toEqual({ ok: false, retryAfterMs: 45_000 });
    // Another address has tries of its own.
    expect(limit.take('b')).toEqual({ ok: true });
    now = 60_000;
    expect(limit.take('a')).toEqual({ ok: true });
  });
});
