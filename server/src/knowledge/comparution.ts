import { citation } from './sources';

/**
 * The mention article 56, 4°, CPC requires of every assignation, the référé one included, on pain of
 * nullity: the modalités de comparution and the warning that a defendant who does not appear may be
 * judged on the plaintiff's evidence alone. Quoting the statutory sentence is the safe course (law.md
 * A.13). Pleading text: French whatever the message language.
 */
export function comparutionParagraph(): string {
	return `**Modalités de comparution.** L’affaire sera appelée à l’audience des référés indiquée ci-dessus, à laquelle le défendeur est invité à comparaître ou à se faire représenter dans les conditions prévues par le code de procédure civile. Faute pour le défendeur de comparaître, il s’expose à ce qu’un jugement soit rendu contre lui sur les seuls éléments fournis par son adversaire (${citation('cpc56_4')}).`;
}
