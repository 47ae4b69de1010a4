/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ command: NonNullable<unknown>, line: NonNullable<unknown>, expected: NonNullable<unknown> }} Ending_Malformedreply1Inputs */

const en_ending_malformedreply1 = /** @type {(inputs: Ending_Malformedreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the reply to ${i?.command}, "${i?.line}", is not "${i?.expected}"`)
};

const es_ending_malformedreply1 = /** @type {(inputs: Ending_Malformedreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`la respuesta a ${i?.command}, "${i?.line}", no tiene la forma "${i?.expected}"`)
};

const de_ending_malformedreply1 = /** @type {(inputs: Ending_Malformedreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die Antwort auf ${i?.command}, "${i?.line}", hat nicht die Form "${i?.expected}"`)
};

/**
* | output |
* | --- |
* | "the reply to {command}, \"{line}\", is not \"{expected}\"" |
*
* @param {Ending_Malformedreply1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_malformedreply1 = /** @type {((inputs: Ending_Malformedreply1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Malformedreply1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_malformedreply1(inputs)
	if (locale === "de") return de_ending_malformedreply1(inputs)
	return en_ending_malformedreply1(inputs)
});
export { ending_malformedreply1 as "ending_malformedReply" }