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

export type AlertTone = 'neutral' | 'info' | 'warning' | 'success' | 'danger';
export type AlertSize = 'sm' | 'md';

const ALERT_TONES: Record<AlertTone, string> = {
	neutral:
		'border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100',
	info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
	warning:
		'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
	success:
		'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100',
	danger:
		'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
};

const ALERT_SIZES: Record<AlertSize, string> = {
	sm: 'rounded-md px-3 py-2',
	md: 'rounded-lg p-4'
};

export function alertClass(tone: AlertTone = 'neutral', size: AlertSize = 'md'): string {
	return `border text-sm ${ALERT_SIZES[size]} ${ALERT_TONES[tone]}`;
}
