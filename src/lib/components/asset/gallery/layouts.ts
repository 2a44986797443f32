import type { Component } from 'svelte';
import type { Modality } from '$lib/asset/view-model';
import AudioTile from './AudioTile.svelte';
import ImageTile from './ImageTile.svelte';
import TextTile from './TextTile.svelte';
import type { TileProps } from './TileShell.svelte';
import VideoTile from './VideoTile.svelte';

/** How each modality's gallery lays out, and which tile shows one item. */
export const LAYOUTS: Record<Modality, { grid: string; Tile: Component<TileProps> }> = {
	image: {
		grid: 'grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5',
		Tile: ImageTile
	},
	video: { grid: 'grid gap-4 sm:grid-cols-2 xl:grid-cols-3', Tile: VideoTile },
	audio: { grid: 'grid gap-3 md:grid-cols-2', Tile: AudioTile },
	text: { grid: 'grid gap-3', Tile: TextTile }
};
