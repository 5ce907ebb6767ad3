import * as assert from 'node:assert/strict';
import { notificationText } from '../../client/src/notificationText';

/**
 * The links a VS Code notification makes of its message: `[label](target)`, the target a web address,
 * a `command:` (run on a click, with its arguments) or a `file:`, with an optional quoted title.
 */
const NOTIFICATION_LINK = /\[[^\]]+\]\((?:https?:\/\/|command:|file:)[^)\s]+(?: (["']).+?\1)?\)/iu;

suite('Notifications: text from the act or the repository never forms a link', () => {
	const hostile = [
		// A folder of the repository named as a command link, in the path of an exported file.
		'/dossiers/[Ouvrir](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)/acte.pdf',
		// Typst's message quoting a line of the act, with a title and in capitals.
		'Export PDF impossible : le texte « [cliquez ici](COMMAND:pretoire.exportPdf "Exporter") » n’existe pas dans les polices du PDF',
		'[site](https://exemple.fr/phishing) et [fichier](file:///etc/passwd)',
	];

	test('Should break every link the message would carry, keeping its words', () => {
		for (const text of hostile) {
			assert.match(text, NOTIFICATION_LINK, 'the hostile text is a link before');
			const shown = notificationText(text);
			assert.doesNotMatch(shown, NOTIFICATION_LINK, shown);
			// Only invisible word joiners were added: the lawyer reads the same characters.
			assert.equal(shown.replaceAll('\u2060', ''), text);
		}
	});

	test('Should leave text without link syntax as it is', () => {
		const plain = 'Export PDF impossible : Typst a signalé un problème [À compléter : juridiction] (pièce n° 2)';
		assert.equal(notificationText(plain), plain);
	});
});
