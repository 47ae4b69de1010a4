/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, mode: NonNullable<unknown> }} Faultmap_Diffonly1Inputs */

const en_faultmap_diffonly1 = /** @type {(inputs: Faultmap_Diffonly1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} step only in ${i?.mode}.`);
	return /** @type {LocalizedString} */ (`${i?.n} steps only in ${i?.mode}.`)
	
};

const es_faultmap_diffonly1 = /** @type {(inputs: Faultmap_Diffonly1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} paso solo en ${i?.mode}.`);
	return /** @type {LocalizedString} */ (`${i?.n} pasos solo en ${i?.mode}.`)
	
};

const de_faultmap_diffonly1 = /** @type {(inputs: Faultmap_Diffonly1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Schritt nur bei ${i?.mode}.`);
	return /** @type {LocalizedString} */ (`${i?.n} Schritte nur bei ${i?.mode}.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} step only in {mode}." |
* | * | "{n} steps only in {mode}." |
*
* @param {Faultmap_Diffonly1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_diffonly1 = /** @type {((inputs: Faultmap_Diffonly1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Diffonly1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_diffonly1(inputs)
	if (locale === "de") return de_faultmap_diffonly1(inputs)
	return en_faultmap_diffonly1(inputs)
});
export { faultmap_diffonly1 as "faultmap_diffOnly" }