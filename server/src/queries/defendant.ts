import type { PleadingModel } from '../document/model';
import { platformByKey, platforms, type Platform } from '../knowledge';

/** The défendeur as the act names it: its own keys win over the catalogue entry they complete. */
export interface Defendant {
	readonly platform?: Platform;
	readonly denomination?: string;
	readonly forme?: string;
	readonly siege?: string;
	/** False when the registered office comes from a catalogue entry that law.md marks unconfirmed. */
	readonly siegeConfirmed: boolean;
}

export function defendantOf(model: PleadingModel): Defendant | undefined {
	const written = model.frontMatter?.data.defendeur;
	if (written === undefined) {
		return undefined;
	}
	const platform = written.plateforme !== undefined
		? platformByKey(written.plateforme)
		: platforms.find((candidate) => candidate.denomination.toLowerCase() === written.denomination?.toLowerCase());
	return {
		platform,
		denomination: written.denomination ?? platform?.denomination,
		forme: written.forme ?? platform?.forme,
		siege: written.siege ?? platform?.siege,
		siegeConfirmed: written.siege !== undefined || platform?.confirmed.siege === true,
	};
}
