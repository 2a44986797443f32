import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './env';

/** The asset's own player on the page (the viewer has its own). */
const player = (page: Page) => page.getByTestId('asset-player');
const track = (page: Page, kind: string) => page.locator(`[data-track="${kind}"] [role="listbox"]`);

function media(locator: Locator) {
	return locator.evaluate((m: HTMLMediaElement) => ({ t: m.currentTime, paused: m.paused }));
}

/** Opens an asset with its timeline drawn (the timeline is fetched after hydration). */
async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	await expect(page.getByTestId('timeline')).toBeVisible();
	await expect
		.poll(() => player(page).evaluate((m: HTMLMediaElement) => m.readyState))
		.toBeGreaterThanOrEqual(1);
}

/** Clicks a track at a time, by its position on the drawn timeline. */
async function clickAt(page: Page, kind: string, time: number, duration: number) {
	await track(page, kind).scrollIntoViewIfNeeded();
	const box = (await track(page, kind).boundingBox())!;
	await page.mouse.click(box.x + (box.width * time) / duration, box.y + box.height / 2);
}

async function waitStopped(page: Page) {
	await expect.poll(async () => (await media(player(page))).paused, { timeout: 10_000 }).toBe(true);
	return (await media(player(page))).t;
}

test.describe('timeline', () => {
	test('t= seeks the player on load and highlights the segment there', async ({ page }) => {
		await open(page, '/assets/ast_video_long?t=37');
		await expect.poll(async () => (await media(player(page))).t).toBeGreaterThan(36.5);
		expect((await media(player(page))).t).toBeLessThan(37.5);
		// 0:35–0:50 overlaps 0:30–0:40; the newer segment is the one at the playhead.
		await expect(page.getByTestId('readout')).toContainText('Segment 4');
		await expect(track(page, 'video')).toHaveAttribute('data-current', 'ftr_video_long_0004');

		await open(page, '/assets/ast_video_long?tab=video&t=1:05');
		await expect.poll(async () => (await media(player(page))).t).toBeGreaterThan(64.5);
		expect((await media(player(page))).t).toBeLessThan(65.5);
		await expect(page.getByTestId('readout')).toContainText('Segment 6');
		await expect(page.getByTestId('readout')).toContainText('On-screen text');
	});

	test('a bad t= opens the asset at its start', async ({ page }) => {
		await open(page, '/assets/ast_video_long?t=soon');
		await expect(page.getByTestId('readout')).toContainText('Segment 1');
		expect((await media(player(page))).t).toBe(0);
	});

	test('clicking a block plays only its span, replay restarts it', async ({ page }) => {
		await open(page, '/assets/ast_gen_video_10');
		await expect(track(page, 'video')).toHaveAttribute('data-painted-blocks', '10');
		await clickAt(page, 'video', 4.5, 10);
		await expect(page.getByTestId('playback-status')).toHaveText(/0:04–0:05/);
		// Stopping past 4.7 shows it played; near 5 that it stopped at the segment's end.
		const stopped = await waitStopped(page);
		expect(stopped).toBeGreaterThan(4.7);
		expect(Math.abs(stopped - 5)).toBeLessThanOrEqual(0.3);
		await expect(page.getByTestId('playback-status')).toHaveText(
			'Stopped at the end of 0:04–0:05.'
		);

		await page.getByRole('button', { name: 'Replay segment' }).click();
		await expect.poll(async () => (await media(player(page))).t).toBeLessThan(4.6);
		const again = await waitStopped(page);
		expect(again).toBeGreaterThan(4.7);
		expect(Math.abs(again - 5)).toBeLessThanOrEqual(0.3);

		// The native play button after the stop replays the segment instead of playing on.
		await player(page).evaluate((m: HTMLMediaElement) => m.play());
		await expect.poll(async () => (await media(player(page))).t).toBeLessThan(4.7);
		const third = await waitStopped(page);
		expect(third).toBeGreaterThan(4.7);
		expect(Math.abs(third - 5)).toBeLessThanOrEqual(0.3);
	});

	test('loop repeats the segment, play on and a seek outside lift the bound visibly', async ({
		page
	}) => {
		await open(page, '/assets/ast_gen_video_10');
		await page.getByRole('button', { name: '↻ Loop off' }).click();
		await expect(page.getByRole('button', { name: '↻ Loop on' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await clickAt(page, 'video', 2.5, 10);
		await expect(page.getByTestId('playback-status')).toHaveText('Looping 0:02–0:03.');
		await page.waitForTimeout(1600);
		const looped = await media(player(page));
		expect(looped.paused).toBe(false);
		expect(looped.t).toBeGreaterThanOrEqual(2);
		expect(looped.t).toBeLessThan(3.05);

		await page.getByRole('button', { name: 'Play on' }).click();
		await expect(page.getByTestId('playback-status')).toHaveText('Playing on past 0:02–0:03.');
		await expect.poll(async () => (await media(player(page))).t).toBeGreaterThan(3.3);

		await page.getByRole('button', { name: 'Replay segment' }).click();
		await expect(page.getByTestId('playback-status')).toHaveText('Looping 0:02–0:03.');
		await player(page).evaluate((m: HTMLMediaElement) => (m.currentTime = 8));
		await expect(page.getByTestId('playback-status')).toHaveText(
			'Playing freely: you moved outside 0:02–0:03.'
		);
	});

	test('next and previous segment from the keyboard', async ({ page }) => {
		await open(page, '/assets/ast_video_long?t=12');
		await page.getByRole('button', { name: 'Next segment (N)' }).focus();
		await page.keyboard.press('n');
		await expect(page.getByTestId('playback-status')).toHaveText('Plays 0:30–0:40, then stops.');
		await page.keyboard.press('n');
		await expect(page.getByTestId('playback-status')).toHaveText('Plays 0:35–0:50, then stops.');
		await page.keyboard.press('p');
		await expect(page.getByTestId('playback-status')).toHaveText('Plays 0:30–0:40, then stops.');
	});

	test('the transcript follows playback and a line seeks', async ({ page }) => {
		await open(page, '/assets/ast_audio_transcript');
		const transcript = page.getByTestId('transcript');
		const current = transcript.locator('[aria-current="true"]');
		await expect(current).toContainText('Middle C');
		await transcript.getByRole('button', { name: /Halfway up the octave/ }).click();
		await expect(current).toContainText('Halfway up the octave');
		await expect(page.getByTestId('readout')).toContainText('Halfway up the octave');
		await page.getByRole('button', { name: 'Play on' }).click();
		await expect(current).toContainText('The fifth tone', { timeout: 8_000 });
		await expect(current).toBeInViewport();
	});

	test('the coverage summary names the gap, the overlap and the missing transcript', async ({
		page
	}) => {
		await open(page, '/assets/ast_video_long');
		const coverage = page.getByTestId('coverage');
		await expect(coverage).toContainText('Video segments: 1 gap, 1 overlap, 1 missing output');
		await expect(coverage.getByRole('button', { name: 'gap 0:20–0:30' })).toBeVisible();
		await expect(
			coverage.getByRole('button', { name: 'overlap 0:35–0:40 (segments 3 and 4)' })
		).toBeVisible();
		await expect(
			coverage.getByRole('button', { name: 'no transcript in segment 6 (1:00–1:10)' })
		).toBeVisible();
		await coverage.getByRole('button', { name: 'gap 0:20–0:30' }).click();
		await expect.poll(async () => (await media(player(page))).t).toBeCloseTo(20, 0);
		await expect(page.getByTestId('readout')).toContainText('No segment at the playhead');

		await open(page, '/assets/ast_audio_transcript');
		await expect(page.getByTestId('coverage')).toContainText('No coverage problems');
	});

	test('keyboard only: Tab to a track, arrows move between labelled blocks, Enter plays', async ({
		page
	}) => {
		await open(page, '/assets/ast_gen_video_10');
		const videoTrack = track(page, 'video');
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			if (await videoTrack.evaluate((el) => el === document.activeElement)) break;
		}
		await expect(videoTrack).toBeFocused();
		const tip = videoTrack.getByRole('option');
		await expect(tip).toHaveText('Segment 1, 0:00 to 0:01: Second 1 of 10');
		await expect(videoTrack).toHaveAttribute(
			'aria-activedescendant',
			(await tip.getAttribute('id'))!
		);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(tip).toHaveText('Segment 3, 0:02 to 0:03: Second 3 of 10');
		await expect(tip).toHaveAttribute('aria-posinset', '3');
		await expect(tip).toHaveAttribute('aria-setsize', '10');
		await page.keyboard.press('End');
		await expect(tip).toHaveText(/^Segment 10, 0:09 to 0:10/);
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('playback-status')).toHaveText('Plays 0:01–0:02, then stops.');
		const stopped = await waitStopped(page);
		expect(Math.abs(stopped - 2)).toBeLessThanOrEqual(0.3);
	});

	test('copy link at this time carries t= beside tab and namespace', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/assets/ast_video_long?namespace=demo_prod&tab=video&t=42.5');
		await expect.poll(async () => (await media(player(page))).t).toBeGreaterThan(42);
		await page.getByRole('button', { name: 'Copy link at this time' }).click();
		const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
		expect(link.pathname).toBe('/assets/ast_video_long');
		expect(link.searchParams.get('namespace')).toBe('demo_prod');
		expect(link.searchParams.get('tab')).toBe('video');
		expect(Number(link.searchParams.get('t'))).toBeCloseTo(42.5, 0);
	});

	test('an hour of one-second segments: every block drawn, the DOM stays small', async ({
		page
	}) => {
		await open(page, '/assets/ast_gen_video_3600');
		await expect(track(page, 'video')).toHaveAttribute('data-painted-blocks', '3600', {
			timeout: 15_000
		});
		const nodes = await page
			.getByTestId('media-inspector')
			.evaluate((el) => el.querySelectorAll('*').length);
		expect(nodes).toBeLessThan(400);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(page.getByTestId('timeline-view')).toHaveText('0:00–30:00 of 1:00:00');
	});

	test('a windowed asset asks for the rest of its features once, from its <head>', async ({
		page
	}) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.endsWith('/features')) asked.push(r.url());
		});
		await page.goto('/assets/ast_gen_video_3600');
		await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute(
			'href',
			'/api/assets/ast_gen_video_3600/features'
		);
		await hydrated(page);
		await expect(track(page, 'video')).toHaveAttribute('data-painted-blocks', '3600', {
			timeout: 15_000
		});
		// The page's own fetch took the preloaded answer: one request, not a second download.
		await page.waitForLoadState('networkidle');
		expect(asked).toHaveLength(1);
		const entries = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => e.name.includes('/features'))
				.map((e) => (e as PerformanceResourceTiming).initiatorType)
		);
		expect(entries).toEqual(['link']);
	});

	test('a place picked on the timeline is a history entry: Back returns the player there', async ({
		page
	}) => {
		await open(page, '/assets/ast_video_long?t=12');
		await clickAt(page, 'video', 45, 150);
		await expect(page).toHaveURL(/[?&]t=35(&|$)/);
		await expect(page.getByTestId('playback-status')).toHaveText(/0:35–0:50/);
		// Paused, so the time read after Back is where it went, not where playback carried it.
		await player(page).evaluate((m: HTMLMediaElement) => m.pause());
		await page.goBack();
		await expect(page).toHaveURL(/[?&]t=12(&|$)/);
		await expect.poll(async () => (await media(player(page))).t).toBeCloseTo(12, 0);
		await page.goForward();
		await expect.poll(async () => (await media(player(page))).t).toBeCloseTo(35, 0);
	});

	test('the ? sheet lists the segment keys', async ({ page }) => {
		await open(page, '/assets/ast_video_long');
		await page.keyboard.press('?');
		const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect(sheet).toContainText('Next / previous segment');
		await expect(sheet).toContainText('Replay the segment');
		await expect(sheet.locator('kbd', { hasText: /^N$/ })).toBeVisible();
	});
});

test.describe('segments played elsewhere stay in their range', () => {
	test('an inline audio clip plays its own range, and replays it', async ({ page }) => {
		await page.goto('/assets/ast_audio_clip');
		await hydrated(page);
		const clip = page.locator('[data-gallery] audio').nth(1);
		await expect(page.locator('[data-gallery] > [data-tile]').nth(1)).toContainText('0:03–0:06');
		await clip.evaluate((m: HTMLMediaElement) => m.play());
		await expect
			.poll(async () => {
				const m = await media(clip);
				return !m.paused && m.t >= 3 && m.t < 4;
			})
			.toBe(true);
		await expect.poll(async () => (await media(clip)).paused, { timeout: 10_000 }).toBe(true);
		const stopped = (await media(clip)).t;
		expect(stopped).toBeGreaterThan(5.7);
		expect(Math.abs(stopped - 6)).toBeLessThanOrEqual(0.3);
		// The native play button after the end starts the clip again, not what follows it.
		await clip.evaluate((m: HTMLMediaElement) => m.play());
		await expect.poll(async () => (await media(clip)).t).toBeLessThan(4);
	});

	test('the viewer: bounded session, native replay, a seek outside lifts the bound visibly', async ({
		page
	}) => {
		await page.goto('/assets/ast_video_tour');
		await hydrated(page);
		await page.getByRole('button', { name: 'Play Segment 2 (0:04–0:08)' }).click();
		const dialog = page.getByTestId('viewer');
		const video = dialog.locator('video');
		const status = dialog.getByTestId('playback-status');
		await expect(status).toHaveText(/0:04–0:08/);
		await expect.poll(async () => (await media(video)).paused, { timeout: 10_000 }).toBe(true);
		expect(Math.abs((await media(video)).t - 8)).toBeLessThanOrEqual(0.3);
		await expect(status).toHaveText('Stopped at the end of 0:04–0:08.');
		// The scrubber under the player shows the segment: its block is the current one.
		const scrubber = dialog.getByTestId('viewer-timeline');
		await expect(scrubber.locator('[role="listbox"]')).toHaveAttribute(
			'data-current',
			'ftr_video_tour_0002'
		);

		await video.evaluate((m: HTMLMediaElement) => m.play());
		await expect.poll(async () => (await media(video)).t).toBeLessThan(5);
		await expect.poll(async () => (await media(video)).paused, { timeout: 10_000 }).toBe(true);
		expect(Math.abs((await media(video)).t - 8)).toBeLessThanOrEqual(0.3);

		await video.evaluate((m: HTMLMediaElement) => (m.currentTime = 10.5));
		await expect(status).toHaveText('Playing freely: you moved outside 0:04–0:08.');
		await dialog.getByRole('button', { name: 'Replay segment' }).click();
		await expect(status).toHaveText('Plays 0:04–0:08, then stops.');
	});

	test('the viewer copies a link at this time with its item; its timeline moves to a block', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/assets/ast_video_tour');
		await hydrated(page);
		await page.getByRole('button', { name: 'Play Segment 2 (0:04–0:08)' }).click();
		const dialog = page.getByTestId('viewer');
		await expect.poll(async () => (await media(dialog.locator('video'))).t).toBeGreaterThan(4.5);
		await dialog.getByRole('button', { name: 'Copy link at this time' }).click();
		const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
		expect(link.searchParams.get('item')).toBe('ftr_video_tour_0002');
		expect(Number(link.searchParams.get('t'))).toBeGreaterThanOrEqual(4);
		expect(Number(link.searchParams.get('t'))).toBeLessThanOrEqual(8.1);

		const row = dialog.getByTestId('viewer-timeline').locator('[role="listbox"]');
		const box = (await row.boundingBox())!;
		await page.mouse.click(box.x + box.width * (10 / 12), box.y + box.height / 2);
		await expect(dialog.locator('#viewer-title')).toHaveText('Video segment 3 of 3');
		await expect(dialog.getByTestId('playback-status')).toHaveText(/0:08–0:12/);
	});

	test('gallery thumbnails show the whole frame (letterboxed, not cropped)', async ({ page }) => {
		await page.goto('/assets/ast_video_long?tab=image');
		const img = page.locator('[data-gallery] img').first();
		await expect(img).toHaveCSS('object-fit', 'contain');
		await expect(page.locator('[data-gallery] video, [data-gallery] img').first()).toBeVisible();
	});
});
