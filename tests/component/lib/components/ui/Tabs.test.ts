import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import TabsHarness from './TabsHarness.svelte';

const tabs = ['Video', 'Image', 'Text', 'Audio'].map((label) => ({
	id: label.toLowerCase(),
	label,
	count: '1'
}));

function setup() {
	const onSelect = vi.fn();
	render(TabsHarness, { props: { tabs, onSelect } });
	const tab = (name: string) => screen.getByRole('tab', { name: new RegExp(`^${name}`) });
	return { onSelect, tab, user: userEvent.setup() };
}

/** Exactly one tab is in the Tab order: the selected one (roving tabindex). */
function expectSelected(tab: (name: string) => HTMLElement, name: string) {
	for (const { label } of tabs) {
		const el = tab(label);
		expect(el.getAttribute('aria-selected')).toBe(String(label === name));
		expect(el.getAttribute('tabindex')).toBe(label === name ? '0' : '-1');
	}
	expect(document.activeElement).toBe(tab(name));
	expect(screen.getByRole('tabpanel').textContent).toContain(`Panel ${name.toLowerCase()}`);
}

describe('Tabs keyboard', () => {
	it('arrow keys move the selection and focus, wrapping at both ends', async () => {
		const { tab, user, onSelect } = setup();
		tab('Video').focus();
		await user.keyboard('{ArrowRight}');
		expectSelected(tab, 'Image');
		expect(onSelect).toHaveBeenLastCalledWith('image');
		await user.keyboard('{ArrowLeft}{ArrowLeft}');
		expectSelected(tab, 'Audio');
		await user.keyboard('{ArrowRight}');
		expectSelected(tab, 'Video');
	});

	it('Home and End jump to the first and last tab', async () => {
		const { tab, user } = setup();
		tab('Video').focus();
		await user.keyboard('{End}');
		expectSelected(tab, 'Audio');
		await user.keyboard('{Home}');
		expectSelected(tab, 'Video');
	});

	it('Tab leaves the tab list for the panel instead of visiting every tab', async () => {
		const { tab, user, onSelect } = setup();
		tab('Video').focus();
		await user.keyboard('{Tab}');
		expect(document.activeElement).toBe(screen.getByRole('tabpanel'));
		expect(onSelect).not.toHaveBeenCalled();
	});

	it('other keys do nothing', async () => {
		const { tab, user, onSelect } = setup();
		tab('Text').focus();
		await user.keyboard('{ArrowDown}a');
		expect(onSelect).not.toHaveBeenCalled();
		expect(document.activeElement).toBe(tab('Text'));
	});
});
