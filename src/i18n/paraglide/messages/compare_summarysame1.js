/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ total: NonNullable<unknown> }} Compare_Summarysame1Inputs */

const en_compare_summarysame1 = /** @type {(inputs: Compare_Summarysame1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.total, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The message ends the same on both sides.`);
	return /** @type {LocalizedString} */ (`All ${i?.total} messages end the same on both sides.`)
	
};

const es_compare_summarysame1 = /** @type {(inputs: Compare_Summarysame1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.total, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`El mensaje termina igual en los dos lados.`);
	return /** @type {LocalizedString} */ (`Los ${i?.total} mensajes terminan igual en los dos lados.`)
	
};

const de_compare_summarysame1 = /** @type {(inputs: Compare_Summarysame1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.total, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Die Nachricht endet auf beiden Seiten gleich.`);
	return /** @type {LocalizedString} */ (`Alle ${i?.total} Nachrichten enden auf beiden Seiten gleich.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The message ends the same on both sides." |
* | * | "All {total} messages end the same on both sides." |
*
* @param {Compare_Summarysame1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_summarysame1 = /** @type {((inputs: Compare_Summarysame1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Summarysame1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_summarysame1(inputs)
	if (locale === "de") return de_compare_summarysame1(inputs)
	return en_compare_summarysame1(inputs)
});
export { compare_summarysame1 as "compare_summarySame" }