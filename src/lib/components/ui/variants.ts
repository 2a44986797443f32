export type ButtonVariant = 'default' | 'outline' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'icon';
export type BadgeTone = 'neutral' | 'busy' | 'done' | 'failed' | 'info';

const BUTTON_BASE =
	'inline-flex items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:pointer-events-none disabled:opacity-50';

const BUTTON_VARIANTS: Record<ButtonVariant, string> = {
	default:
		'bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white',
	outline:
		'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
	ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
};

const BUTTON_SIZES: Record<ButtonSize, string> = {
	sm: 'h-8 px-2.5 text-xs',
	md: 'h-9 px-3.5 text-sm',
	icon: 'h-9 w-9 text-base'
};

export function buttonClass(variant: ButtonVariant = 'outline', size: ButtonSize = 'md'): string {
	return `${BUTTON_BASE} ${BUTTON_VARIANTS[variant]} ${BUTTON_SIZES[size]}`;
}

const BADGE_TONES: Record<BadgeTone, string> = {
	neutral:
		'border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
	busy: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
	done: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200',
	failed:
		'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-200',
	info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200'
};

export function badgeClass(tone: BadgeTone = 'neutral'): string {
	return `inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${BADGE_TONES[tone]}`;
}

export interface TabItem<K extends string> {
	id: K;
	label: string;
	/** Shown after the label, e.g. an item count; part of the accessible name. */
	count?: string;
	/** Dims an empty tab without removing it from the keyboard order. */
	muted?: boolean;
}
