import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikePleading, parsePleading } from '../document/parse';
import { analyze } from '../engine/analyze';
import { setMessageLanguage } from '../l10n';
import { defaultSettings } from '../settings';
import { ExportError, exportPleading, writePdfAtomically } from '../export/pdf';
import { formatJson, formatSarif, formatText, locate, type FileFinding } from './report';

const USAGE = `Usage : pretoire check FICHIER... [--format text|json|sarif] [--language fr|en]
        pretoire export FICHIER [-o SORTIE.pdf]

  check   analyse les actes (assignation, requête) et affiche les problèmes comme un linter ;
          code de sortie 1 s'il y a au moins une erreur, 2 si la commande est mal formée.
  export  met l'acte en page en PDF/A (FICHIER.pdf à côté de l'acte, ou SORTIE.pdf) ;
          code de sortie 1 si l'export échoue, 2 si la commande est mal formée ou l'acte illisible.`;

type Format = 'text' | 'json' | 'sarif';

interface CheckOptions {
	readonly files: readonly string[];
	readonly format: Format;
	readonly language: 'fr' | 'en';
}

function parseArguments(args: readonly string[]): CheckOptions | string {
	const files: string[] = [];
	let format: Format = 'text';
	let language: 'fr' | 'en' = 'fr';
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		const [flag, inlineValue] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
		if (flag === '--format' || flag === '--language') {
			const value = inlineValue ?? args[++index];
			if (flag === '--format' && (value === 'text' || value === 'json' || value === 'sarif')) {
				format = value;
			} else if (flag === '--language' && (value === 'fr' || value === 'en')) {
				language = value;
			} else {
				return `Valeur invalide pour ${flag} : ${value ?? '(absente)'}`;
			}
		} else if (arg.startsWith('-')) {
			return `Option inconnue : ${arg}`;
		} else {
			files.push(arg);
		}
	}
	return files.length === 0 ? 'Aucun fichier à analyser' : { files, format, language };
}

/** Runs `pretoire check` and returns the exit code. */
export function check(options: CheckOptions, write: (text: string) => void, warn: (text: string) => void): number {
	setMessageLanguage(options.language);
	const findings: FileFinding[] = [];
	let unreadable = false;
	for (const file of options.files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			warn(`${file} : lecture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
			unreadable = true;
			continue;
		}
		if (!looksLikePleading(text)) {
			warn(`${file} : pas un acte (aucune clé \`acte:\` dans le front matter), ignoré`);
			continue;
		}
		const document = TextDocument.create(pathToFileURL(file).toString(), 'markdown', 1, text);
		const model = parsePleading(document);
		for (const finding of analyze(model, { settings: defaultSettings, today: new Date() })) {
			findings.push(locate(file, document, finding));
		}
	}
	const output = options.format === 'json' ? formatJson(findings) : options.format === 'sarif' ? formatSarif(findings) : formatText(findings);
	if (output.length > 0) {
		write(output);
	}
	if (unreadable) {
		return 2;
	}
	return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

interface ExportCommand {
	readonly file: string;
	readonly output: string;
}

function parseExportArguments(args: readonly string[]): ExportCommand | string {
	const files: string[] = [];
	let output: string | undefined;
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		const [flag, inlineValue] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
		if (flag === '-o' || flag === '--output') {
			output = inlineValue ?? args[++index];
			if (output === undefined || output.length === 0) {
				return `Valeur absente pour ${flag}`;
			}
		} else if (arg.startsWith('-')) {
			return `Option inconnue : ${arg}`;
		} else {
			files.push(arg);
		}
	}
	if (files.length !== 1) {
		return files.length === 0 ? 'Aucun acte à exporter' : 'Un seul acte à la fois pour `export`';
	}
	// "acte.md" gives "acte.pdf" beside it, as a word processor's "Save as PDF" does.
	return { file: files[0], output: output ?? files[0].replace(/(?:\.(?:md|markdown))?$/iu, '.pdf') };
}

/** Runs `pretoire export` and returns the exit code. */
export async function exportCommand(command: ExportCommand, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
	let text: string;
	try {
		text = readFileSync(command.file, 'utf8');
	} catch (error) {
		warn(`${command.file} : lecture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
		return 2;
	}
	if (!looksLikePleading(text)) {
		warn(`${command.file} : pas un acte (aucune clé \`acte:\` dans le front matter), rien à exporter`);
		return 2;
	}
	const model = parsePleading(TextDocument.create(pathToFileURL(command.file).toString(), 'markdown', 1, text));
	let pages: number;
	try {
		const exported = await exportPleading(model);
		await writePdfAtomically(exported.pdf, command.output, command.file);
		pages = exported.pages;
	} catch (error) {
		warn(error instanceof ExportError ? error.message : `Export PDF impossible : ${String(error)}`);
		return 1;
	}
	write(`PDF écrit : ${command.output} (${pages} page${pages > 1 ? 's' : ''})`);
	return 0;
}

function main(argv: readonly string[]): number | Promise<number> {
	const [command, ...rest] = argv;
	if (command === '--help' || command === '-h' || command === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (command === 'export') {
		const exportOptions = parseExportArguments(rest);
		if (typeof exportOptions === 'string') {
			process.stderr.write(`${exportOptions}\n${USAGE}\n`);
			return 2;
		}
		return exportCommand(exportOptions, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
	}
	if (command !== 'check') {
		process.stderr.write(`${command === undefined ? 'Commande manquante' : `Commande inconnue : ${command}`}\n${USAGE}\n`);
		return 2;
	}
	const options = parseArguments(rest);
	if (typeof options === 'string') {
		process.stderr.write(`${options}\n${USAGE}\n`);
		return 2;
	}
	return check(options, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
}

void Promise.resolve(main(process.argv.slice(2))).then((code) => {
	process.exitCode = code;
});
