import type { LegalSource } from './sources';

/** A procedural article a pleading cites, quoted as law.md reads it. */
export interface ProcedureArticle {
	/** Article number, e.g. `145`. */
	readonly article: string;
	/** What the article is about, in French. */
	readonly subject: string;
	/** Verbatim excerpt (law.md §4, mirror S13); `[…]` marks cuts made there. */
	readonly text: string;
	readonly source: LegalSource;
}

// The CPC mirror predates the 1 Sept. 2024 reform ("huissier de justice" not yet "commissaire de justice"):
// law.md §4 asks for a check on Légifrance before relying on the exact wording.
const cpcMirror: LegalSource = {
	citation: 'code de procédure civile',
	key: 'S13',
	confirmed: true,
	note: 'Version antérieure au 1er septembre 2024 ; les modifications de 2024-2025 ne sont pas vérifiées.',
};

/** The articles of the code de procédure civile that article-145 pleadings rely on. */
export const procedureArticles: readonly ProcedureArticle[] = [
	{
		article: '145',
		subject: 'Mesures d’instruction in futurum',
		text: 'S’il existe un motif légitime de conserver ou d’établir avant tout procès la preuve de faits dont pourrait dépendre la solution d’un litige, les mesures d’instruction légalement admissibles peuvent être ordonnées à la demande de tout intéressé, sur requête ou en référé.',
		source: cpcMirror,
	},
	{
		article: '493',
		subject: 'Ordonnance sur requête',
		text: 'L’ordonnance sur requête est une décision provisoire rendue non contradictoirement dans les cas où le requérant est fondé à ne pas appeler de partie adverse.',
		source: cpcMirror,
	},
	{
		article: '494',
		subject: 'Forme de la requête',
		text: 'La requête est présentée en double exemplaire. Elle doit être motivée. Elle doit comporter l’indication précise des pièces invoquées. […]',
		source: cpcMirror,
	},
	{
		article: '495',
		subject: 'Exécution de l’ordonnance sur requête',
		text: 'L’ordonnance sur requête est motivée. Elle est exécutoire au seul vu de la minute. Copie de la requête et de l’ordonnance est laissée à la personne à laquelle elle est opposée.',
		source: cpcMirror,
	},
	{
		article: '497',
		subject: 'Rétractation',
		text: 'Le juge a la faculté de modifier ou de rétracter son ordonnance, même si le juge du fond est saisi de l’affaire.',
		source: cpcMirror,
	},
	{
		article: '834',
		subject: 'Référé en cas d’urgence',
		text: 'Dans tous les cas d’urgence, le président du tribunal judiciaire ou le juge des contentieux de la protection dans les limites de sa compétence, peuvent ordonner en référé toutes les mesures qui ne se heurtent à aucune contestation sérieuse ou que justifie l’existence d’un différend.',
		source: cpcMirror,
	},
	{
		article: '835',
		subject: 'Mesures conservatoires ou de remise en état',
		text: 'Le président du tribunal judiciaire ou le juge des contentieux de la protection dans les limites de sa compétence peuvent toujours, même en présence d’une contestation sérieuse, prescrire en référé les mesures conservatoires ou de remise en état qui s’imposent, soit pour prévenir un dommage imminent, soit pour faire cesser un trouble manifestement illicite. […]',
		source: cpcMirror,
	},
	{
		article: '845',
		subject: 'Requête devant le président du tribunal judiciaire',
		text: 'Le président du tribunal judiciaire ou le juge des contentieux de la protection est saisi par requête dans les cas spécifiés par la loi. Il peut également ordonner sur requête toutes mesures urgentes lorsque les circonstances exigent qu’elles ne soient pas prises contradictoirement. […]',
		source: cpcMirror,
	},
	{
		article: '696',
		subject: 'Dépens',
		text: 'La partie perdante est condamnée aux dépens, à moins que le juge, par décision motivée, n’en mette la totalité ou une fraction à la charge d’une autre partie. […]',
		source: cpcMirror,
	},
	{
		article: '699',
		subject: 'Distraction des dépens',
		text: 'Les avocats peuvent, dans les matières où leur ministère est obligatoire, demander que la condamnation aux dépens soit assortie à leur profit du droit de recouvrer directement contre la partie condamnée ceux des dépens dont ils ont fait l’avance sans avoir reçu provision. […]',
		source: cpcMirror,
	},
];

export function procedureArticle(article: string): ProcedureArticle | undefined {
	return procedureArticles.find((candidate) => candidate.article === article.trim());
}
