export type ClassValue = string | false | null | undefined;

/** Joins class names, skipping empty ones (a tiny stand-in for clsx + tailwind-merge). */
export function cn(...classes: ClassValue[]): string {
	return classes.filter(Boolean).join(' ');
}
