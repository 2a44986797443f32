import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { guardedLookup, isPublicAddress, refusalReason } from '$lib/server/address-guard';

const API = 'http://127.0.0.1:4010';

describe('isPublicAddress', () => {
	it.each([
		'127.0.0.1',
		'127.8.9.10',
		'::1',
		'10.0.0.1',
		'172.16.5.4',
		'172.31.255.255',
		'192.168.1.1',
		'169.254.169.254', // cloud metadata
		'fd00:ec2::254', // AWS metadata over IPv6
		'100.100.100.200', // carrier-grade NAT range (Alibaba metadata)
		'0.0.0.0',
		'::',
		'::ffff:10.0.0.1',
		'::ffff:127.0.0.1',
		'fe80::1',
		'224.0.0.1',
		'255.255.255.255',
		'not-an-ip'
	])('refuses %s', (address) => {
		expect(isPublicAddress(address)).toBe(false);
	});

	it.each(['8.8.8.8', '52.95.110.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
		'allows %s',
		(address) => {
			expect(isPublicAddress(address)).toBe(true);
		}
	);
});

describe('refusalReason', () => {
	it('allows the configured API origin, wherever it points', () => {
		expect(refusalReason(`${API}/objects/a.png?sig=1`, API)).toBeNull();
	});

	it('refuses literal non-public addresses, other ports of the API host and odd schemes', () => {
		for (const url of [
			'http://127.0.0.2:4010/objects/a.png',
			'http://127.0.0.1:6379/',
			'https://127.0.0.1:4010/',
			'http://[::1]/',
			'http://169.254.169.254/latest/meta-data/',
			'http://10.0.0.1/x',
			'http://[::ffff:192.168.0.1]/',
			'http://user:pw@example.com/',
			'file:///etc/passwd',
			'gopher://example.com/',
			'not a url'
		]) {
			expect(refusalReason(url, API), url).not.toBeNull();
		}
	});

	it('leaves names to the resolved-address check', () => {
		expect(refusalReason('https://bucket.s3.amazonaws.com/a.png', API)).toBeNull();
	});
});

describe('guardedLookup (the address the socket will use)', () => {
	const fakeDns =
		(answers: Record<string, string[]>) =>
		(
			hostname: string,
			_options: unknown,
			callback: (err: Error | null, addresses?: LookupAddress[]) => void
		) =>
			callback(
				null,
				(answers[hostname] ?? []).map((address) => ({
					address,
					family: address.includes(':') ? 6 : 4
				}))
			);
	const lookup = (name: string, answers: Record<string, string[]>, api = '127.0.0.1') =>
		new Promise<string>((resolve, reject) => {
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			guardedLookup(api, fakeDns(answers) as any)(name, {}, (err, address) =>
				err ? reject(err) : resolve(address as string)
			);
		});

	it('refuses a name that resolves to a private, loopback or metadata address', async () => {
		await expect(lookup('rebind.example', { 'rebind.example': ['10.0.0.7'] })).rejects.toThrow(
			/non-public/
		);
		await expect(lookup('meta.example', { 'meta.example': ['169.254.169.254'] })).rejects.toThrow();
		await expect(lookup('local.example', { 'local.example': ['127.0.0.1'] })).rejects.toThrow();
	});

	it('refuses a name with any non-public answer among public ones', async () => {
		await expect(
			lookup('mixed.example', { 'mixed.example': ['93.184.216.34', '192.168.0.10'] })
		).rejects.toThrow();
	});

	it('passes public answers and the API host through', async () => {
		expect(await lookup('cdn.example', { 'cdn.example': ['93.184.216.34'] })).toBe('93.184.216.34');
		expect(await lookup('localhost', { localhost: ['127.0.0.1'] }, 'localhost')).toBe('127.0.0.1');
	});

	it('refuses a name that resolves to nothing', async () => {
		await expect(lookup('empty.example', {})).rejects.toThrow();
	});
});
