/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ differ: NonNullable<unknown>, total: NonNullable<unknown> }} Compare_Summarydiffer1Inputs */

const en_compare_summarydiffer1 = /** @type {(inputs: Compare_Summarydiffer1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.total, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.differ} of ${i?.total} message ends differently.`);
	return /** @type {LocalizedString} */ (`${i?.differ} of ${i?.total} messages end differently.`)
	
};

const es_compare_summarydiffer1 = /** @type {(inputs: Compare_Summarydiffer1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.total, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.differ} de ${i?.total} mensaje termina distinto.`);
	return /** @type {LocalizedString} */ (`${i?.differ} de ${i?.total} mensajes terminan distinto.`)
	
};

const de_compare_summarydiffer1 = /** @type {(inputs: Compare_Summarydiffer1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.total, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.differ} von ${i?.total} Nachricht endet anders.`);
	return /** @type {LocalizedString} */ (`${i?.differ} von ${i?.total} Nachrichten enden anders.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{differ} of {total} message ends differently." |
* | * | "{differ} of {total} messages end differently." |
*
* @param {Compare_Summarydiffer1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_summarydiffer1 = /** @type {((inputs: Compare_Summarydiffer1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Summarydiffer1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_summarydiffer1(inputs)
	if (locale === "de") return de_compare_summarydiffer1(inputs)
	return en_compare_summarydiffer1(inputs)
});
export { compare_summarydiffer1 as "compare_summaryDiffer" }