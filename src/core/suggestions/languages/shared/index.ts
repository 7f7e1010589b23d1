/**
 * Lists that belong to no one language: the news of every language writes these names the same
 * way (first names, international bodies, websites) or borrows these words ("van Gogh").
 */
import { NO_WORDS, type LanguageLexicon } from '../rules';
import { commonNounAcronyms } from './commonNounAcronyms';
import { firstNames } from './firstNames';
import { nameConnectors } from './nameConnectors';
import { wellKnownOrganizations } from './wellKnownOrganizations';
import { wellKnownWorks } from './wellKnownWorks';

/** Name particles of other languages, joined to every language's connectors. */
export const sharedLexicon: LanguageLexicon = { ...NO_WORDS, nameConnectors };

export { commonNounAcronyms, firstNames, wellKnownOrganizations, wellKnownWorks };
