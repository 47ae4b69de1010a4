/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Explain_Octetcount1Inputs */

const en_explain_octetcount1 = /** @type {(inputs: Explain_Octetcount1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} octet`);
	return /** @type {LocalizedString} */ (`${i?.n} octets`)
	
};

const es_explain_octetcount1 = /** @type {(inputs: Explain_Octetcount1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} octeto`);
	return /** @type {LocalizedString} */ (`${i?.n} octetos`)
	
};

const de_explain_octetcount1 = /** @type {(inputs: Explain_Octetcount1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Oktett`);
	return /** @type {LocalizedString} */ (`${i?.n} Oktette`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} octet" |
* | * | "{n} octets" |
*
* @param {Explain_Octetcount1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_octetcount1 = /** @type {((inputs: Explain_Octetcount1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Octetcount1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_octetcount1(inputs)
	if (locale === "de") return de_explain_octetcount1(inputs)
	return en_explain_octetcount1(inputs)
});
export { explain_octetcount1 as "explain_octetCount" }