import { citation } from './sources';

/**
 * The mention article 56, 4°, CPC requires of every assignation, the référé one included, on pain of
 * nullity: the modalités de comparution and the warning that a defendant who does not appear may be
 * judged on the plaintiff's evidence alone. Whether representation by avocat is mandatory in a 145
 * référé is not settled (law.md A.13, 752 v. 753), so the paragraph states both regimes as the code
 * frames them, and quotes the statutory warning verbatim. Pleading text: French whatever the message language.
 */
export function comparutionParagraph(): string {
	return `**Modalités de comparution.** L’affaire sera appelée à l’audience des référés indiquée ci-dessus, à laquelle le défendeur est invité à comparaître. Lorsque la représentation par avocat est obligatoire, le défendeur est tenu de constituer avocat dans le délai qui expire à l’ouverture de cette audience, pour y être représenté (article 752, 2°, du code de procédure civile) ; lorsqu’elle ne l’est pas, il peut comparaître en personne ou s’y faire représenter dans les conditions prévues par le code de procédure civile. Faute pour le défendeur de comparaître, il s’expose à ce qu’un jugement soit rendu contre lui sur les seuls éléments fournis par son adversaire (${citation('cpc56_4')}).`;
}
