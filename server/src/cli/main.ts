import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikePleading, parsePleading } from '../document/parse';
import { analyze } from '../engine/analyze';
import { setMessageLanguage } from '../l10n';
import { ExportError, exportPleading, writePdfAtomically } from '../export/pdf';
import { formatJson, formatSarif, formatText, locate, type FileFinding } from './report';
import { projectSettingsFor, type ProjectSettings } from './projectSettings';
import placeholderLeft from '../rules/placeholder-left';

const USAGE = `Usage : pretoire check FICHIER... [--format text|json|sarif] [--language fr|en] [--jobs N]
        pretoire export FICHIER [-o SORTIE.pdf] [--force]

  check   analyse les actes (assignation, requête) et affiche les problèmes comme un linter ;
          code de sortie 1 s'il y a au moins une erreur, 2 si la commande est mal formée.
  export  met l'acte en page en PDF/A (FICHIER.pdf à côté de l'acte, ou SORTIE.pdf) ;
          code de sortie 1 si l'export échoue ou si l'acte contient un texte à compléter
          (« À compléter », […] : --force exporte quand même), 2 si la commande est mal formée ou l'acte illisible.
  Les réglages des règles sont lus dans le fichier .pretoire.json le plus proche de l'acte
  (même forme que la section « pretoire » des réglages de l'éditeur : { "rules": { … } }).`;

type Format = 'text' | 'json' | 'sarif';

interface CheckOptions {
	readonly files: readonly string[];
	readonly format: Format;
	readonly language: 'fr' | 'en';
	/** Worker threads for a batch; one per core by default. */
	readonly jobs: number;
}

function parseArguments(args: readonly string[]): CheckOptions | string {
	const files: string[] = [];
	let format: Format = 'text';
	let language: 'fr' | 'en' = 'fr';
	let jobs = availableParallelism();
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		const [flag, inlineValue] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
		if (flag === '--jobs') {
			const value = Number(inlineValue ?? args[++index]);
			if (!Number.isInteger(value) || value < 1 || value > 64) {
				return `Valeur invalide pour --jobs : ${inlineValue ?? args[index] ?? '(absente)'} ; attendu un entier de 1 à 64`;
			}
			jobs = value;
		} else if (flag === '--format' || flag === '--language') {
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
	return files.length === 0 ? 'Aucun fichier à analyser' : { files, format, language, jobs };
}

interface CheckedFiles {
	readonly findings: FileFinding[];
	readonly warnings: string[];
	readonly unreadable: boolean;
}

/** Analyses files one after the other; a worker thread runs this on its share of a batch. */
function checkFiles(files: readonly string[], language: 'fr' | 'en'): CheckedFiles {
	setMessageLanguage(language);
	const findings: FileFinding[] = [];
	const warnings: string[] = [];
	let unreadable = false;
	const projects = new Map<string, ProjectSettings>();
	const warnedProjects = new Set<ProjectSettings>();
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			warnings.push(`${file} : lecture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
			unreadable = true;
			continue;
		}
		if (!looksLikePleading(text)) {
			warnings.push(`${file} : pas un acte (aucune clé \`acte:\` dans le front matter), ignoré`);
			continue;
		}
		const project = projectSettingsFor(file, projects);
		if (project.warning !== undefined && !warnedProjects.has(project)) {
			warnedProjects.add(project);
			warnings.push(project.warning);
		}
		const document = TextDocument.create(pathToFileURL(file).toString(), 'markdown', 1, text);
		for (const finding of analyze(parsePleading(document), { settings: project.settings, today: new Date() })) {
			findings.push(locate(file, document, finding));
		}
	}
	return { findings, warnings, unreadable };
}

/** Splits a batch over worker threads (one per core by default), keeping the files' order in the output. */
async function checkInParallel(files: readonly string[], language: 'fr' | 'en', jobs: number): Promise<CheckedFiles> {
	const shares = Array.from({ length: jobs }, (_, share) => files.filter((_file, index) => Math.floor((index * jobs) / files.length) === share));
	const results = await Promise.all(
		shares.map(
			(share) =>
				new Promise<CheckedFiles>((resolve, reject) => {
					const worker = new Worker(__filename, { workerData: { files: share, language } satisfies WorkerInput });
					worker.once('message', resolve);
					worker.once('error', reject);
				}),
		),
	);
	return { findings: results.flatMap((result) => result.findings), warnings: results.flatMap((result) => result.warnings), unreadable: results.some((result) => result.unreadable) };
}

interface WorkerInput {
	readonly files: readonly string[];
	readonly language: 'fr' | 'en';
}

/** Runs `pretoire check` and returns the exit code. */
export async function check(options: CheckOptions, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
	// Below a few files per thread, starting workers costs more than it saves.
	const jobs = Math.min(options.jobs, Math.floor(options.files.length / 4));
	const { findings, warnings, unreadable } = jobs > 1 ? await checkInParallel(options.files, options.language, jobs) : checkFiles(options.files, options.language);
	warnings.forEach(warn);
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
	/** Prints the act even with blanks left to complete. */
	readonly force: boolean;
}

function parseExportArguments(args: readonly string[]): ExportCommand | string {
	const files: string[] = [];
	let output: string | undefined;
	let force = false;
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		const [flag, inlineValue] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
		if (flag === '--force') {
			force = true;
		} else if (flag === '-o' || flag === '--output') {
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
	return { file: files[0], output: output ?? files[0].replace(/(?:\.(?:md|markdown))?$/iu, '.pdf'), force };
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
	// A blank would be printed and served as is: refuse unless the lawyer insists.
	const blanks = command.force ? [] : analyze(model, { settings: projectSettingsFor(command.file, new Map()).settings, today: new Date(), rules: [placeholderLeft] });
	if (blanks.length > 0) {
		const document = model.document;
		blanks.forEach((finding) => warn(formatText([locate(command.file, document, finding)])));
		warn(`${command.file} : ${blanks.length} texte(s) à compléter ; complétez l’acte, ou exportez quand même avec --force`);
		return 1;
	}
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

if (isMainThread) {
	void Promise.resolve(main(process.argv.slice(2))).then((code) => {
		process.exitCode = code;
	});
} else {
	// This bundle is also the worker of a parallel `check`: analyse the share and hand it back.
	const input = workerData as WorkerInput;
	parentPort?.postMessage(checkFiles(input.files, input.language));
}
