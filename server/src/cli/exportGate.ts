import type { PleadingModel } from '../document/model';
import { analyze } from '../engine/analyze';
import { exportGateOfFindings } from '../services/exportGate';
import { translator } from '../l10n';
import { projectSettingsFor } from './projectSettings';
import { formatText, locate } from './report';

/**
 * The export gate of the editor's palette (services/exportGate.ts): a blank would be printed and served
 * as is, so it refuses unless the lawyer insists (`--force`); errors are named, as the editor asks.
 * `draft`: exported despite blanks, so every page says « PROJET ».
 */
export function exportGateVerdict(file: string, model: PleadingModel, force: boolean, warn: (text: string) => void): 'refused' | 'final' | 'draft' {
	const settings = projectSettingsFor(file, new Map(), translator('fr')).settings;
	const gate = exportGateOfFindings(analyze(model, { settings, language: settings.language, today: new Date() }));
	if (gate.errors.length > 0) {
		warn(`${file} : ${gate.errors.length} erreur(s) relevée(s) dans l’acte ; voyez \`pretoire check ${file}\` avant de le déposer`);
	}
	if (gate.blanks.length === 0) {
		return 'final';
	}
	if (force) {
		return 'draft';
	}
	gate.blanks.forEach((finding) => warn(formatText([locate(file, model.document, finding)])));
	warn(`${file} : ${gate.blanks.length} texte(s) à compléter ; complétez l’acte, ou exportez quand même avec --force`);
	return 'refused';
}
