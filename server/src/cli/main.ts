import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikePleading } from '../document/parse';
import { analyze } from '../engine/analyze';
import { translator, type Translator } from '../l10n';
import { ExportError, exportPleading, removeUnfinishedExports, writeExportAtomically } from '../export/pdf';
import { exportWord } from '../export/word';
import { formatJson, formatRepaired, formatSarif, formatText, locate, type FileFinding } from './report';
import { repairAct, writeFileAtomically } from './fixFile';
import { readAct, readActFile, readActText, withOrigin } from './readAct';
import { NEW_USAGE, newCommand } from './newCommand';
import { CASE_FILE_USAGE, caseFileCommand, isCaseFileExport } from './caseFileCommand';
import { CALENDAR_USAGE, calendarCommand } from './calendarCommand';
import { IMPORT_USAGE, importCommand } from './importCommand';
import { pathPolicyFor, projectSettingsFor, type ProjectSettings } from './projectSettings';
import { exportGateVerdict } from './exportGate';

const USAGE = `Usage : pretoire check FICHIER... [--fix] [--format text|json|sarif] [--language fr|en] [--jobs N]
        pretoire export FICHIER [-o SORTIE.pdf|SORTIE.docx] [--format pdf|docx] [--force]
${CASE_FILE_USAGE}
${NEW_USAGE}
${CALENDAR_USAGE}
${IMPORT_USAGE}

  check   analyse les actes (assignation, requête) et affiche les problèmes comme un linter ;
          code de sortie 1 s'il y a au moins une erreur, 2 si la commande est mal formée ou un
          fichier illisible, 3 si l'analyse d'un fichier a échoué (défaut de Prétoire) ;
          --fix : applique d'abord les corrections mécaniques (celles que l'éditeur applique à
          l'enregistrement : numéro d'article manquant, pièce ajoutée au bordereau, trame à
          compléter), réécrit le fichier d'un coup, liste ce qu'il a corrigé, puis analyse l'acte
          corrigé ; une correction qui touche au fond (retirer une demande, changer une heure des
          faits) reste à choisir dans l'éditeur ; un acte sans rien à corriger n'est pas réécrit.
  export  met l'acte en page en PDF/A (FICHIER.pdf à côté de l'acte, ou SORTIE.pdf) ou en Word
          (SORTIE.docx, ou --format docx) ;
          code de sortie 1 si l'export échoue ou si l'acte contient un texte à compléter
          (« À compléter », […] : --force exporte quand même, chaque page marquée « PROJET »), 2 si
          la commande est mal formée ou
          l'acte illisible ;
          --ordonnance : le projet d'ordonnance d'une requête ; --bordereau : le bordereau seul ;
          --bundle : l'acte, le bordereau et chaque pièce tamponnée (pieces[].fichier), avec signets.
  new     écrit un nouvel acte contre la plateforme (--plateforme CLÉ du catalogue : x, meta,
          tiktok…), nommé d'après la date, l'acte et la plateforme, dans le dossier s'il est indiqué
          (DOSSIER/dossier.yaml, créé s'il n'existe pas) ; ou l'acte contre le fournisseur d'accès
          (--fai CLÉ : orange, sfr…) à partir du dossier, en référé ou sur requête ; --fai auto : un
          acte par fournisseur trouvé, dans RÉPERTOIRE/ ; n'écrase jamais un fichier existant.
  calendar écrit les échéances de l'acte (conservation, prescription, audience…) au format iCalendar.
  import-connexions ajoute à DOSSIER/dossier.yaml les connexions de la réponse de la plateforme
          (CSV, TSV ou JSON), à l'heure de Paris, avec le fournisseur d'accès de chaque adresse ;
          refuse tout le fichier si une ligne est illisible ; --dry-run n'écrit rien.
  Les réglages des règles sont lus dans le fichier .pretoire.json le plus proche de l'acte
  (même forme que la section « pretoire » des réglages de l'éditeur : { "rules": { … } }).`;

/** Exit code of a failure of Prétoire itself, never confused with « errors found » (1). */
export const EXIT_INTERNAL_FAILURE = 3;

type Format = 'text' | 'json' | 'sarif';

interface CheckOptions {
	readonly files: readonly string[];
	readonly format: Format;
	readonly language: 'fr' | 'en';
	/** Applies the mechanical fixes and rewrites the files first (`--fix`). */
	readonly fix: boolean;
	/** Worker threads for a batch; one per core by default, never more. */
	readonly jobs: number;
	/** Said on stderr when the requested `--jobs` was lowered to the core count. */
	readonly jobsNote?: string;
}

function parseArguments(args: readonly string[]): CheckOptions | string {
	const files: string[] = [];
	let format: Format = 'text';
	let language: 'fr' | 'en' = 'fr';
	let fix = false;
	let jobs = availableParallelism();
	let requestedJobs: number | undefined;
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		const [flag, inlineValue] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
		if (arg === '--fix') {
			fix = true;
		} else if (flag === '--jobs') {
			const value = Number(inlineValue ?? args[++index]);
			if (!Number.isInteger(value) || value < 1 || value > 64) {
				return `Valeur invalide pour --jobs : ${inlineValue ?? args[index] ?? '(absente)'} ; attendu un entier de 1 à 64`;
			}
			// More threads than cores only adds memory (each holds its own copy of the engine).
			jobs = Math.min(value, availableParallelism());
			requestedJobs = value;
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
	// Said once the options are read: in the language `--language` chose, wherever it stands.
	const { t } = translator(language);
	const jobsNote = requestedJobs !== undefined && jobs < requestedJobs ? t('--jobs {0} ramené à {1} : pas plus de fils que de cœurs', requestedJobs, jobs) : undefined;
	return files.length === 0 ? 'Aucun fichier à analyser' : { files, format, language, fix, jobs, jobsNote };
}

interface CheckedFiles {
	readonly findings: FileFinding[];
	/** What `--fix` repaired, located in the file as it was before the repair. */
	readonly repaired: FileFinding[];
	readonly warnings: string[];
	readonly unreadable: boolean;
	/** A file whose analysis failed (a defect of Prétoire): the others were still analysed. */
	readonly failed: boolean;
}

/** One line for a failure of Prétoire: the error's class only, never its message (it may quote the pleading). */
function internalFailure(file: string, error: unknown, { t }: Translator): string {
	const kind = error instanceof Error ? error.name : typeof error;
	return t('{0} : analyse impossible, erreur interne de Prétoire ({1}) ; les autres fichiers sont analysés. Signalez-la : https://github.com/pretoire/pretoire/issues', file, kind);
}

/** Analyses files one after the other; a worker thread runs this on its share of a batch. */
function checkFiles(files: readonly string[], language: 'fr' | 'en', fix: boolean): CheckedFiles {
	return checkFilesInLanguage(files, fix, translator(language));
}

function checkFilesInLanguage(files: readonly string[], fix: boolean, translator: Translator): CheckedFiles {
	const { t } = translator;
	const findings: FileFinding[] = [];
	const repaired: FileFinding[] = [];
	const warnings: string[] = [];
	let unreadable = false;
	let failed = false;
	const projects = new Map<string, ProjectSettings>();
	const warnedProjects = new Set<ProjectSettings>();
	for (const file of files) {
		const read = readActText(file, translator);
		if ('refusal' in read) {
			warnings.push(read.refusal);
			unreadable = true;
			continue;
		}
		const text = read.text;
		if (!looksLikePleading(text)) {
			warnings.push(t('{0} : pas un acte (aucune clé `acte:` dans le front matter), ignoré', file));
			continue;
		}
		const project = projectSettingsFor(file, projects, translator);
		if (project.warning !== undefined && !warnedProjects.has(project)) {
			warnedProjects.add(project);
			warnings.push(project.warning);
		}
		try {
			let document = TextDocument.create(pathToFileURL(resolve(file)).toString(), 'markdown', 1, text);
			const today = new Date();
			const repair = fix ? repairAct(document, project.settings, today, translator) : undefined;
			if (repair !== undefined) {
				try {
					writeFileAtomically(file, repair.text);
				} catch (error) {
					warnings.push(t('{0} : corrections non écrites ({1}) ; le fichier est inchangé', file, (error as NodeJS.ErrnoException).code ?? t('erreur')));
					unreadable = true;
					continue;
				}
				const before = document;
				repaired.push(...repair.repaired.map(({ finding, title }) => locate(file, before, { ...finding, message: title })));
				document = TextDocument.create(document.uri, 'markdown', 2, repair.text);
			}
			const model = readAct(document, translator, pathPolicyFor(file, project));
			findings.push(...analyze(model, { settings: project.settings, language: project.settings.language, today }).map((finding) => locate(file, document, withOrigin(model, finding))));
		} catch (error) {
			warnings.push(internalFailure(file, error, translator));
			failed = true;
		}
	}
	return { findings, repaired, warnings, unreadable, failed };
}

/** Splits a batch over worker threads (one per core by default), keeping the files' order in the output. */
async function checkInParallel(files: readonly string[], language: 'fr' | 'en', fix: boolean, jobs: number): Promise<CheckedFiles> {
	const shares = Array.from({ length: jobs }, (_, share) => files.filter((_file, index) => Math.floor((index * jobs) / files.length) === share));
	const results = await Promise.all(shares.map((share) => checkShare(share, language, fix)));
	return merge(results);
}

function merge(results: readonly CheckedFiles[]): CheckedFiles {
	return {
		findings: results.flatMap((result) => result.findings),
		repaired: results.flatMap((result) => result.repaired),
		warnings: results.flatMap((result) => result.warnings),
		unreadable: results.some((result) => result.unreadable),
		failed: results.some((result) => result.failed),
	};
}

/**
 * Checks a share in a worker thread. A worker that dies (out of memory…) is retried file by file, so
 * that one bad file never hides the others' findings; a single file that kills its worker is reported.
 */
async function checkShare(share: readonly string[], language: 'fr' | 'en', fix: boolean): Promise<CheckedFiles> {
	const outcome = await new Promise<CheckedFiles | { error: unknown }>((settle) => {
		const worker = new Worker(__filename, { workerData: { files: share, language, fix } satisfies WorkerInput, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
		worker.once('message', (result: CheckedFiles) => settle(result));
		worker.once('error', (error) => settle({ error }));
		worker.once('exit', (code) => settle({ error: new Error(`worker exited with code ${code}`) }));
	});
	if (!('error' in outcome)) {
		return outcome;
	}
	if (share.length === 1) {
		return { findings: [], repaired: [], warnings: [internalFailure(share[0], outcome.error, translator(language))], unreadable: false, failed: true };
	}
	const results: CheckedFiles[] = [];
	for (const file of share) {
		results.push(await checkShare([file], language, fix));
	}
	return merge(results);
}

interface WorkerInput {
	readonly files: readonly string[];
	readonly language: 'fr' | 'en';
	readonly fix: boolean;
}

/** Runs `pretoire check` and returns the exit code. */
export async function check(options: CheckOptions, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
	// Below a few files per thread, starting workers costs more than it saves.
	const jobs = Math.min(options.jobs, Math.floor(options.files.length / 4));
	if (options.jobsNote !== undefined) {
		warn(options.jobsNote);
	}
	const { findings, repaired, warnings, unreadable, failed } = jobs > 1 ? await checkInParallel(options.files, options.language, options.fix, jobs) : checkFiles(options.files, options.language, options.fix);
	warnings.forEach(warn);
	if (repaired.length > 0) {
		// JSON and SARIF keep stdout for the findings alone, parseable as they are.
		(options.format === 'text' ? write : warn)(formatRepaired(repaired, translator(options.language)));
	}
	const output = options.format === 'json' ? formatJson(findings) : options.format === 'sarif' ? formatSarif(findings) : formatText(findings);
	if (output.length > 0) {
		write(output);
	}
	if (failed) {
		return EXIT_INTERNAL_FAILURE;
	}
	if (unreadable) {
		return 2;
	}
	return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

type ExportFormat = 'pdf' | 'docx';

interface ExportCommand {
	readonly file: string;
	readonly output: string;
	readonly format: ExportFormat;
	/** Prints the act even with blanks left to complete. */
	readonly force: boolean;
}

function parseExportArguments(args: readonly string[]): ExportCommand | string {
	const files: string[] = [];
	let output: string | undefined;
	let format: string | undefined;
	let force = false;
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		const [flag, inlineValue] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
		if (flag === '--force') {
			force = true;
		} else if (flag === '-o' || flag === '--output' || flag === '--format') {
			const value = inlineValue ?? args[++index];
			if (value === undefined || value.length === 0) {
				return `Valeur absente pour ${flag}`;
			}
			if (flag === '--format') {
				format = value;
			} else {
				output = value;
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
	if (format !== undefined && format !== 'pdf' && format !== 'docx') {
		return `Format d'export inconnu : ${format} (pdf ou docx)`;
	}
	// The format follows --format, else the output's extension; "acte.md" gives "acte.pdf" beside it.
	const chosen: ExportFormat = format ?? (output !== undefined && /\.docx$/iu.test(output) ? 'docx' : 'pdf');
	if (output !== undefined && format !== undefined && !output.toLowerCase().endsWith(`.${format}`)) {
		return `Le fichier de sortie ${output} ne finit pas par .${format}`;
	}
	return { file: files[0], format: chosen, output: output ?? files[0].replace(/(?:\.(?:md|markdown))?$/iu, `.${chosen}`), force };
}

/** Runs `pretoire export` and returns the exit code. */
export async function exportCommand(command: ExportCommand, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
	const act = readActFile(command.file, translator('fr'), ', rien à exporter');
	if ('refusal' in act) {
		warn(act.refusal);
		return 2;
	}
	const { model } = act;
	const verdict = exportGateVerdict(command.file, model, command.force, warn);
	// Exported despite its blanks: every page says « PROJET ».
	const draft = verdict === 'draft';
	if (verdict === 'refused') {
		return 1;
	}
	try {
		if (command.format === 'docx') {
			const exported = await exportWord(model, { draft });
			await writeExportAtomically(exported.docx, command.output, command.file);
			write(`Document Word écrit : ${command.output}`);
			return 0;
		}
		const exported = await exportPleading(model, { draft });
		await writeExportAtomically(exported.pdf, command.output, command.file);
		write(`PDF écrit : ${command.output} (${exported.pages} page${exported.pages > 1 ? 's' : ''}, ${exported.standard})`);
		return 0;
	} catch (error) {
		warn(error instanceof ExportError ? error.message : `Export ${command.format === 'docx' ? 'Word' : 'PDF'} impossible : ${String(error)}`);
		return 1;
	}
}

function main(argv: readonly string[]): number | Promise<number> {
	const [command, ...rest] = argv;
	// `pretoire new --help` and the like: the usage, whatever else the line says.
	if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (command === 'export' && isCaseFileExport(rest)) {
		return caseFileCommand(rest, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
	}
	if (command === 'export') {
		const exportOptions = parseExportArguments(rest);
		if (typeof exportOptions === 'string') {
			process.stderr.write(`${exportOptions}\n${USAGE}\n`);
			return 2;
		}
		return exportCommand(exportOptions, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
	}
	if (command === 'calendar') {
		return calendarCommand(rest, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
	}
	if (command === 'import-connexions') {
		return importCommand(rest, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
	}
	if (command === 'new') {
		return newCommand(rest, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
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

/**
 * Anything that escapes the handling above is a defect of Prétoire: one French line naming the
 * error's class (its message may quote the pleading), and a code of its own. With
 * PRETOIRE_DEBUG=1 the stack follows, mapped to the TypeScript sources.
 */
function failInternally(error: unknown): void {
	const kind = error instanceof Error ? error.name : typeof error;
	process.stderr.write(`pretoire : erreur interne (${kind}) ; rien n’a été modifié. Signalez-la : https://github.com/pretoire/pretoire/issues\n`);
	if (process.env.PRETOIRE_DEBUG === '1' && error instanceof Error) {
		process.stderr.write(`${error.stack ?? ''}\n`);
	}
	process.exit(EXIT_INTERNAL_FAILURE);
}

if (isMainThread) {
	process.setSourceMapsEnabled(true);
	process.on('uncaughtException', failInternally);
	process.on('unhandledRejection', failInternally);
	// Stopped mid-export (Ctrl+C, a CI timeout): no temporary file holding the act stays behind.
	for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
		process.on(signal, () => {
			removeUnfinishedExports();
			process.exit(code);
		});
	}
	Promise.resolve()
		.then(() => main(process.argv.slice(2)))
		.then((code) => {
			process.exitCode = code;
		}, failInternally);
} else {
	// This bundle is also the worker of a parallel `check`: analyse the share and hand it back.
	const input = workerData as WorkerInput;
	parentPort?.postMessage(checkFiles(input.files, input.language, input.fix));
}
