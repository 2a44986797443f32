/**
 * Page loads measured in Debian's Chromium, the way the browser benchmarks compare assets: one
 * unmeasured load of each first (it warms the server's route modules and JIT and Chromium
 * itself), then rounds that alternate the assets, the order rotated each round so that neither
 * always runs on a machine warmed (or loaded) by the other.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { median, rotate } from './stats';

export async function alternatingLoads<A, L>(
	assets: A[],
	rounds: number,
	measure: (browser: Browser, asset: A) => Promise<L>
): Promise<L[]> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS
	});
	const loads: L[] = [];
	try {
		for (const asset of assets) await measure(browser, asset);
		for (let round = 0; round < rounds; round++)
			for (const asset of rotate(assets, round)) loads.push(await measure(browser, asset));
	} finally {
		await browser.close();
	}
	return loads;
}

/** The median of one numeric field over the loads of one asset. */
export function medianOf<L extends { asset: string }>(loads: L[], asset: string, key: keyof L) {
	return median(loads.filter((l) => l.asset === asset).map((l) => l[key] as number));
}
