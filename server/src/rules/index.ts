import frontMatterInvalid from './front-matter-invalid';
import mentionMissing from './mention-missing';
import comparutionWarningMissing from './comparution-warning-missing';
import offenceUnqualified from './offence-unqualified';
import qualificationTextMismatch from './qualification-text-mismatch';
import dataBeyondL341 from './data-beyond-l34-1';
import technicalDataNeedsSeriousOffence from './technical-data-needs-serious-offence';
import civilClaimNoRetainedData from './civil-claim-no-retained-data';
import sourcePortMissing from './source-port-missing';
import timestampImprecise from './timestamp-imprecise';
import timestampMismatch from './timestamp-mismatch';
import retentionExpired from './retention-expired';
import pressPrescription from './press-prescription';
import requeteJustificationMissing from './requete-justification-missing';
import pieceUndefined from './piece-undefined';
import pieceUnused from './piece-unused';
import proportionalityUnargued from './proportionality-unargued';
import userNotificationNotProhibited from './user-notification-not-prohibited';
import parquetNoticeMissing from './parquet-notice-missing';
import costsAgainstNonLosingParty from './costs-against-non-losing-party';
import trialAlreadyPending from './trial-already-pending';
import urlPlatformMismatch from './url-platform-mismatch';
import urlInvalid from './url-invalid';
import ipAddressReserved from './ip-address-reserved';
import connexionProviderMismatch from './connexion-provider-mismatch';
import serviceAbroadTooLate from './service-abroad-too-late';
import documentTooLarge from './document-too-large';
import placeholderLeft from './placeholder-left';
import type { Rule } from './types';

/** Every rule, in the order of the README's rules catalogue. */
export const rules: readonly Rule[] = [
	frontMatterInvalid,
	mentionMissing,
	comparutionWarningMissing,
	offenceUnqualified,
	qualificationTextMismatch,
	dataBeyondL341,
	technicalDataNeedsSeriousOffence,
	civilClaimNoRetainedData,
	sourcePortMissing,
	timestampImprecise,
	timestampMismatch,
	retentionExpired,
	pressPrescription,
	requeteJustificationMissing,
	pieceUndefined,
	pieceUnused,
	proportionalityUnargued,
	userNotificationNotProhibited,
	parquetNoticeMissing,
	costsAgainstNonLosingParty,
	trialAlreadyPending,
	urlPlatformMismatch,
	urlInvalid,
	ipAddressReserved,
	connexionProviderMismatch,
	serviceAbroadTooLate,
	placeholderLeft,
	documentTooLarge,
];
