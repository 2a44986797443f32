/** Linux /proc readings for the servers the benchmarks start (NaN where /proc is missing). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;
function clockTicks(): number {
	if (ticksPerSecond === undefined) {
		try {
			ticksPerSecond =
				Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
		} catch {
			ticksPerSecond = 100;
		}
	}
	return ticksPerSecond;
}

/** User + system CPU time a process has used so far, ms (10 ms resolution at 100 Hz). */
export function cpuMs(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after "pid (comm) ": state is [0], utime [11], stime [12].
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
	} catch {
		return NaN;
	}
}

/** VmRSS of a process in bytes. */
export function rssBytes(pid: number): number {
	try {
		const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : NaN;
	} catch {
		return NaN;
	}
}

/**
 * Connections waiting in the kernel's accept queue of the listening socket on `port`: a server
 * too busy to accept shows up here before anything else (rx_queue of the LISTEN row).
 */
export function acceptQueue(port: number): number {
	try {
		const hex = port.toString(16).toUpperCase().padStart(4, '0');
		for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
			const f = line.trim().split(/\s+/);
			if (f[1]?.endsWith(`:${hex}`) && f[3] === '0A') return parseInt(f[4].split(':')[1], 16);
		}
	} catch {
		// not Linux
	}
	return NaN;
}
