/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ command: NonNullable<unknown>, line: NonNullable<unknown> }} Ending_Unexpectedreply1Inputs */

const en_ending_unexpectedreply1 = /** @type {(inputs: Ending_Unexpectedreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`unexpected reply to ${i?.command}: ${i?.line}`)
};

const es_ending_unexpectedreply1 = /** @type {(inputs: Ending_Unexpectedreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`respuesta inesperada a ${i?.command}: ${i?.line}`)
};

const de_ending_unexpectedreply1 = /** @type {(inputs: Ending_Unexpectedreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`unerwartete Antwort auf ${i?.command}: ${i?.line}`)
};

/**
* | output |
* | --- |
* | "unexpected reply to {command}: {line}" |
*
* @param {Ending_Unexpectedreply1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_unexpectedreply1 = /** @type {((inputs: Ending_Unexpectedreply1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Unexpectedreply1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_unexpectedreply1(inputs)
	if (locale === "de") return de_ending_unexpectedreply1(inputs)
	return en_ending_unexpectedreply1(inputs)
});
export { ending_unexpectedreply1 as "ending_unexpectedReply" }