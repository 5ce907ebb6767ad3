/** X's Snowflake epoch: identifiers carry their creation time, so generated URLs agree with their timestamps. */
const TWITTER_EPOCH = 1288834974657n;

function tweetId(instant: Date, sequence: number): string {
	return ((BigInt(instant.getTime()) - TWITTER_EPOCH) << 22n | BigInt(sequence % 4096)).toString();
}

function iso(instant: Date): string {
	// Winter dates: Paris is UTC+1.
	const paris = new Date(instant.getTime() + 3600_000);
	return `${paris.toISOString().slice(0, 19)}+01:00`;
}

const PARAGRAPHS = [
	'Le {date}, le compte « @relais_{n} » a republié le message litigieux (pièce n° {piece}), qui menace Madame MARTIN de mort ; ces faits constituent des menaces de mort au sens de l’article 222-17, alinéa 2, du code pénal.',
	'La répétition des messages, publiés par des comptes agissant de concert, caractérise un harcèlement moral commis par l’utilisation d’un service de communication au public en ligne, délit prévu par l’article 222-33-2-2, 4°, du code pénal (pièces nos {piece} à {piece2}).',
	'Les données demandées sont celles que la défenderesse doit conserver en application de l’article L. 34-1 du code des postes et des communications électroniques et du décret n° 2021-1362 du 20 octobre 2021, dans les limites fixées par la jurisprudence (TJ Paris, réf., 31 décembre 2024, n° 24/57566).',
	'Le constat dressé par le commissaire de justice (pièce n° {piece}) relève l’adresse exacte de chaque publication, son auteur apparent et l’heure affichée ; il a été complété par l’horodatage exact tiré de l’identifiant de chaque message.',
	'L’article 145 du code de procédure civile n’exige pas que le demandeur établisse le bien-fondé de l’action envisagée ; il lui suffit de justifier d’éléments rendant crédibles ses suppositions et d’un litige potentiel qui n’est pas manifestement voué à l’échec.',
	'La mesure est limitée aux comptes ayant relayé les messages et aux seules données d’identification : elle est proportionnée au respect de la vie privée de leurs titulaires (Cass. 2e civ., 24 mars 2022, n° 21-12.631).',
];

/**
 * A realistic assignation against X of about `pages` pages (≈ 3 000 characters each) with
 * `publications` publications and as many pièces, like the order against 600 retweeting accounts.
 */
export function generatePleading(pages: number, publications: number): string {
	const start = Date.UTC(2024, 10, 1, 20, 0, 0);
	const lines = [
		'---',
		'acte: assignation-refere',
		'juridiction: Tribunal judiciaire de Paris',
		'date: 2025-01-15',
		'audience: 2025-02-04T09:30:00+01:00',
		'demandeurs:',
		'  - nom: MARTIN',
		'    prenoms: Claire Anne',
		'    naissance: { date: 1984-06-12, lieu: Lyon (69) }',
		'    nationalite: française',
		'    profession: journaliste',
		'    domicile: 12 rue des Lilas, 75011 Paris',
		'avocat:',
		'  nom: Maître Jeanne DUPONT',
		'  barreau: Paris',
		'  toque: C1234',
		'  adresse: 8 boulevard Malesherbes, 75008 Paris',
		'defendeur:',
		'  plateforme: x',
		'publications:',
	];
	for (let index = 0; index < publications; index++) {
		const instant = new Date(start + index * 61_000);
		const handle = `relais_${String(index).padStart(3, '0')}`;
		lines.push(`  - url: https://x.com/${handle}/status/${tweetId(instant, index)}`, `    compte: "@${handle}"`, `    horodatage: ${iso(instant)}`, `    piece: ${index + 1}`);
	}
	lines.push('infractions:', '  - qualification: menaces de mort', '    texte: article 222-17, alinéa 2, du code pénal', '  - qualification: harcèlement moral', '    texte: article 222-33-2-2, 4°, du code pénal', 'pieces:');
	for (let index = 0; index < publications; index++) {
		lines.push(`  - numero: ${index + 1}`, `    intitule: Procès-verbal de constat de la publication n° ${index + 1}`);
	}
	lines.push('---', '', '# I. EXPOSÉ DES FAITS', '');
	let written = 0;
	let paragraph = 0;
	const target = pages * 3000;
	let section = 1;
	while (written < target) {
		if (paragraph % 12 === 11) {
			lines.push(`## ${String.fromCharCode(65 + (section % 26))}. Sur le point n° ${section}`, '');
			section++;
		}
		const piece = (paragraph % Math.max(1, publications)) + 1;
		const instant = new Date(start + (piece - 1) * 61_000 + 3600_000);
		const date = `${instant.getUTCDate() === 1 ? '1er' : instant.getUTCDate()} novembre 2024 à ${String(instant.getUTCHours()).padStart(2, '0')}:${String(instant.getUTCMinutes()).padStart(2, '0')}:${String(instant.getUTCSeconds()).padStart(2, '0')} (UTC+1)`;
		const text = PARAGRAPHS[paragraph % PARAGRAPHS.length]
			.replace('{date}', date)
			.replace('{n}', String(piece - 1).padStart(3, '0'))
			.replace(/\{piece\}/gu, String(piece))
			.replace('{piece2}', String(Math.min(publications, piece + 1)));
		lines.push(text, '');
		written += text.length;
		paragraph++;
	}
	lines.push(
		'# PAR CES MOTIFS',
		'',
		'- ORDONNER à la société Twitter International Unlimited Company de communiquer, dans un délai de quinze jours à compter de la signification, celles des données suivantes qui sont en sa possession : les nom et prénom, la ou les adresses de courrier électronique ; les adresses IP utilisées lors de la mise en ligne des messages, ainsi que les ports source associés, avec l’horodatage exact à la seconde près et le fuseau horaire de chaque connexion ;',
		'- FAIRE INTERDICTION à la société Twitter International Unlimited Company d’informer les titulaires des comptes de la présente procédure ;',
		'- LAISSER les dépens à la charge de la demanderesse.',
		'',
	);
	return lines.join('\n');
}
