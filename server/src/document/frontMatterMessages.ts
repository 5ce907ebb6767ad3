/**
 * The messages of the front-matter reader's issues (YAML syntax, schema, dossier), by id, in French with
 * named placeholders: an issue carries its id and data, and whoever shows it renders it in the language
 * of its run (the `front-matter-invalid` rule declares these as its messages).
 */
export const frontMatterMessages = {
	yamlSyntax: 'Erreur de syntaxe YAML : {problem}',
	duplicateKey: 'clé en double ; chaque clé ne peut figurer qu’une fois',
	badIndent: 'indentation ou ponctuation incorrecte ({detail})',
	multilineKey: 'clé sur plusieurs lignes ; ajoutez `:` après la clé ou mettez la valeur entre guillemets ({detail})',
	unexpectedToken: 'élément inattendu ; une valeur contenant `:` ou `#` doit être entre guillemets ({detail})',
	unsupportedTag: 'étiquette YAML non prise en charge ({detail})',
	unreadable: 'Front matter illisible : {error}',
	unclosed: 'Front matter non fermé : ajoutez une ligne `---` après la dernière clé, avant le corps de l’acte',
	unknownKey: 'Clé inconnue `{key}` : vérifiez l’orthographe (clés attendues : {expected})',
	notAMap: 'Le front matter doit être une liste de clés et de valeurs (`clé: valeur`), par exemple `acte: assignation-refere`',
	missingKey: 'Clé obligatoire manquante : {name} ({expected})',
	notAList: '{name} doit être une liste (lignes commençant par `- `) : {expected}',
	notAMapValue: '{name} doit contenir des sous-clés : {expected}',
	invalidValue: 'Valeur invalide pour {name} ; attendu : {expected}',
	listEntry: '`{key}` n° {index}',
	keyOfListEntry: '`{key}` de `{list}` n° {index}',
	anyValue: 'une valeur du type prévu',
	dossierUnreadable: 'Dossier illisible : {dossier} ({failure}) ; l’acte n’en hérite aucune donnée',
	inDossier: '{dossier} : {issue}',
} as const satisfies Readonly<Record<string, string>>;

export type FrontMatterMessageId = keyof typeof frontMatterMessages;
