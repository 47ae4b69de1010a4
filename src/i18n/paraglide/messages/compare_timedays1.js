/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ d: NonNullable<unknown>, h: NonNullable<unknown> }} Compare_Timedays1Inputs */

const en_compare_timedays1 = /** @type {(inputs: Compare_Timedays1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.d, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.d} day ${i?.h} h`);
	return /** @type {LocalizedString} */ (`${i?.d} days ${i?.h} h`)
	
};

const es_compare_timedays1 = /** @type {(inputs: Compare_Timedays1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.d, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.d} día ${i?.h} h`);
	return /** @type {LocalizedString} */ (`${i?.d} días ${i?.h} h`)
	
};

const de_compare_timedays1 = /** @type {(inputs: Compare_Timedays1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.d, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.d} Tag ${i?.h} h`);
	return /** @type {LocalizedString} */ (`${i?.d} Tage ${i?.h} h`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{d} day {h} h" |
* | * | "{d} days {h} h" |
*
* @param {Compare_Timedays1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_timedays1 = /** @type {((inputs: Compare_Timedays1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Timedays1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_timedays1(inputs)
	if (locale === "de") return de_compare_timedays1(inputs)
	return en_compare_timedays1(inputs)
});
export { compare_timedays1 as "compare_timeDays" }